using System.Buffers;
using System.Text.RegularExpressions;

namespace ErmPortal.Web.Shared;

/// <summary>
/// Spreadsheet formula injection (OWASP "CSV injection"): Excel and LibreOffice run a cell that starts with
/// = + - or @ as a formula when they open a CSV file, and some skip a leading tab or carriage return first.
/// A name typed as <c>=HYPERLINK(…)</c> would then run on the HR partner's machine. Exports write such cells
/// as text; imports refuse them.
/// </summary>
public static partial class CsvCells
{
    /// <summary>Spreadsheets read a cell that starts with an apostrophe as text and do not show the apostrophe.</summary>
    private const char TextMarker = '\'';

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    /// <summary>For exports: the value, with an apostrophe in front when a spreadsheet would run it as a formula.</summary>
    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : FormulaStarts.Contains(value[0]) ? TextMarker + value : value;

    /// <summary>For imports: takes off the apostrophe <see cref="Neutralise"/> put in front, so an exported file reads back as it was.</summary>
    public static string RemoveTextMarker(string value) =>
        value.Length > 1 && value[0] == TextMarker && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    /// <summary>
    /// For imports: whether a cell would run as a formula. A leading + or - is allowed only before a number, such as
    /// a phone number (+39 02 1234 5678); anything else after it (<c>-2+3+cmd|…</c>, <c>+SUM(A1)</c>) counts as a formula.
    /// </summary>
    public static bool LooksLikeFormula(string value) => value.Length > 0 && value[0] switch
    {
        '=' or '@' or '\t' or '\r' => true,
        '+' or '-' => !SignedNumber().IsMatch(value),
        _ => false,
    };

    [GeneratedRegex(@"^[+-][0-9][0-9 ()\-./]*$")]
    private static partial Regex SignedNumber();
}
