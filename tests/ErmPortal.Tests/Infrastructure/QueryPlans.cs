using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// SQLite's own account of how it runs a command the portal sent (<c>EXPLAIN QUERY PLAN</c>, with the values it was
/// sent with), so a test can tell an index seek from a scan of the whole table or a sort of it.
/// </summary>
public static partial class QueryPlans
{
    public static IReadOnlyList<string> Of(string databasePath, CapturedCommand command)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = explain.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(3));
        return lines;
    }

    /// <summary>
    /// The steps that read a whole table row by row: a SCAN through no index, of a table rather than of a subquery, a
    /// common table expression, a virtual table (the full-text index, json_each) or a constant row. A SCAN through an
    /// index is the ordered walk a LIMIT stops early, and is not one.
    /// </summary>
    public static IEnumerable<string> FullScans(IReadOnlyList<string> plan)
    {
        var derived = plan.Select(line => DerivedTable().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        return plan.Where(line => Scan().Match(line) is { Success: true } m && !derived.Contains(m.Groups[1].Value)
                                  && !line.Contains(" USING ", StringComparison.Ordinal) && !line.Contains("VIRTUAL TABLE", StringComparison.Ordinal)
                                  && !line.Contains("CONSTANT ROW", StringComparison.Ordinal) && !line.Contains("(subquery", StringComparison.Ordinal));
    }

    /// <summary>Whether rows are sorted for an ORDER BY rather than read in an index's order.</summary>
    public static bool Sorts(IReadOnlyList<string> plan) =>
        plan.Any(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal) && line.Contains("ORDER BY", StringComparison.Ordinal));

    public static bool UsesFullTextIndex(IReadOnlyList<string> plan) =>
        plan.Any(line => line.Contains("EmployeeSearch VIRTUAL TABLE", StringComparison.Ordinal));

    [GeneratedRegex(@"^SCAN (\S+)")]
    private static partial Regex Scan();

    [GeneratedRegex(@"^(?:CO-ROUTINE|MATERIALIZE) (\S+)")]
    private static partial Regex DerivedTable();
}
