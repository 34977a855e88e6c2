using System.Globalization;

namespace ErmPortal.Web.Shared;

/// <summary>Writes rows as RFC 4180 CSV, with every cell made safe to open in a spreadsheet.</summary>
public static class CsvText
{
    /// <summary>One column per public property of the row type, in declaration order.</summary>
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows, Type rowType)
    {
        var columns = rowType.GetProperties();
        writer.WriteLine(string.Join(",", columns.Select(c => Cell(c.Name))));
        foreach (var row in rows)
            writer.WriteLine(string.Join(",", columns.Select(c => Cell(Format(c.GetValue(row))))));
    }

    /// <summary>
    /// A cell starting with = + - @ (or a tab or carriage return) would run as a formula in Excel or LibreOffice:
    /// a leading apostrophe makes it plain text. Then the cell is quoted when it needs to be.
    /// </summary>
    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
