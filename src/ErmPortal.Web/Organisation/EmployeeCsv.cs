using CsvHelper;
using ErmPortal.Web.Shared;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// The employee CSV file, as the export writes it and the import reads it: the export's header is the import's,
/// so HR can export, edit in a spreadsheet and import new people with the same columns.
/// </summary>
public static class EmployeeCsv
{
    public const string LegalFirstName = "LegalFirstName";
    public const string LegalLastName = "LegalLastName";
    public const string PreferredName = "PreferredName";
    public const string WorkEmail = "WorkEmail";
    public const string Phone = "Phone";
    public const string HireDate = "HireDate";
    public const string EmploymentType = "EmploymentType";
    public const string Status = "Status";
    public const string Department = "Department";
    public const string Position = "Position";
    public const string Location = "Location";
    public const string ManagerEmail = "ManagerEmail";

    public static readonly string[] Columns =
        [LegalFirstName, LegalLastName, PreferredName, WorkEmail, Phone, HireDate, EmploymentType, Status, Department, Position, Location, ManagerEmail];

    /// <summary>The columns an import cannot do without. Status is read by nobody: new people start Onboarding.</summary>
    public static readonly string[] RequiredColumns =
        [LegalFirstName, LegalLastName, WorkEmail, HireDate, EmploymentType, Department, Position, Location];

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>About 30,000 rows: far more than one import needs, small enough to check in memory.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public const string NotUtf8 =
        "This file is not saved as UTF-8, so accented letters would come out wrong. In Excel, choose File › Save As, pick the type “CSV UTF-8 (Comma delimited) (*.csv)” and upload the new file.";

    /// <summary>Reads an uploaded file: refuses encodings other than UTF-8 and a wrong header; reports malformed rows one by one.</summary>
    public static CsvContent Read(byte[] content)
    {
        if (content.Length == 0) return CsvContent.Refused(new FileProblem("The file is empty."));
        // A Windows-1252 or Latin-1 export would decode to the wrong letters without any error, so refuse rather than guess.
        if (!System.Text.Unicode.Utf8.IsValid(content)) return CsvContent.Refused(new FileProblem(NotUtf8));
        if (content.AsSpan().Contains((byte)0)) return CsvContent.Refused(new FileProblem("This file does not look like CSV text."));

        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = CsvReaderOptions.Default with
        {
            // Blank lines count as rows, so the row numbers we report are the ones a spreadsheet shows.
            SkipEmptyLines = false,
            // No cell of ours holds a line break; this way one stray quote cannot swallow the rest of the file.
            AllowLineBreaksInQuotes = false,
            OnMalformedRecord = record => malformed.TryAdd(record.RecordNumber, record.Reason),
        };
        using var reader = CsvReader.Create(content, options);
        var header = reader.Headers.Select(h => h.Trim()).ToArray();
        var headerProblems = CheckHeader(header).ToList();
        if (headerProblems.Count > 0) return CsvContent.Refused([.. headerProblems]);

        var rows = new List<CsvRecord>();
        while (reader.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < Math.Min(reader.FieldCount, header.Length); i++)
                cells[header[i]] = CsvCells.RemoveTextMarker(reader.GetString(i).Trim());
            if (cells.Values.All(string.IsNullOrEmpty) && reader.FieldCount <= header.Length) continue; // a blank line, or a row of empty cells
            var problem = reader.FieldCount != header.Length
                ? "This row does not have as many cells as the header row. Look for a missing or extra separator, or a separator inside a cell that is not in quotes."
                : null;
            rows.Add(new CsvRecord((int)reader.RowNumber + 1, cells, problem));
        }
        // Quoting problems are reported while the input is scanned, by record number (the header is record 1).
        for (var i = 0; i < rows.Count; i++)
            if (malformed.ContainsKey(rows[i].Number))
                rows[i] = rows[i] with { Problem = "This row has a quote in the wrong place. Put quotes only around a whole cell, and double a quote inside one (\"\")." };

        return rows.Count == 0 ? CsvContent.Refused(new FileProblem("The file has a header row but no employees.")) : new CsvContent([], rows);
    }

    private static IEnumerable<FileProblem> CheckHeader(string[] header)
    {
        var known = header.Where(h => Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        var missing = RequiredColumns.Where(c => !known.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            yield return new FileProblem("The header row lacks these columns: {0}. The first row must name the columns, as in an export.", string.Join(", ", missing));
        var unknown = header.Where(h => h.Length > 0 && !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
            yield return new FileProblem("The header row has columns the import does not know: {0}. Use the column names of an export.",
                string.Join(", ", unknown));
        if (header.Any(h => h.Length == 0))
            yield return new FileProblem("A column in the header row has no name. Name it as in an export, or delete the column.");
        var repeated = known.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
            yield return new FileProblem("The header row names these columns more than once: {0}.", string.Join(", ", repeated));
    }
}

/// <summary>A problem with the file as a whole; the message is an English text for the localizer, with the argument for its {0}.</summary>
public record FileProblem(string Message, string Argument = "");

/// <summary>One data row: its number as a spreadsheet shows it, its trimmed cells by column, and why it could not be read, if so.</summary>
public record CsvRecord(int Number, IReadOnlyDictionary<string, string> Cells, string? Problem)
{
    public string Cell(string column) => Cells.TryGetValue(column, out var value) ? value : "";
}

public record CsvContent(IReadOnlyList<FileProblem> Problems, IReadOnlyList<CsvRecord> Rows)
{
    public static CsvContent Refused(params FileProblem[] problems) => new(problems, []);
}
