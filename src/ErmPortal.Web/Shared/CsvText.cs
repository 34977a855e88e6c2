using System.Globalization;

namespace ErmPortal.Web.Shared;

/// <summary>Writes small record lists as RFC 4180 CSV (the "download my data" zip), every cell safe to open in a spreadsheet.</summary>
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

    /// <summary>One column per public property of the rows' type (anonymous types included), in declaration order.</summary>
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows) => Write(writer, rows, typeof(T));

    /// <summary>A cell made safe from formulas (<see cref="CsvCells.Neutralise"/>), then quoted when it needs to be.</summary>
    public static string Cell(string? value)
    {
        value = CsvCells.Neutralise(value);
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
