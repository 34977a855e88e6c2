using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// SQLite's own account of how it runs a command the portal sent (<c>EXPLAIN QUERY PLAN</c>, with the values it was
/// sent with), so a test can tell an index seek from a scan of the whole table or a sort of it.
/// </summary>
public static partial class QueryPlans
{
    /// <remarks>Read-write, though it only reads: a read-only connection cannot open a WAL database whose shared-memory file is gone.</remarks>
    public static IReadOnlyList<string> Of(string databasePath, CapturedCommand command)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadWrite;Pooling=False");
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

    /// <summary>The commands that read (the plans worth asking for), in the order they were sent.</summary>
    public static IEnumerable<CapturedCommand> Reading(IEnumerable<CapturedCommand> commands) =>
        commands.Where(c => ReadingCommand().IsMatch(c.Text));

    /// <summary>The tables that grow with the organisation and its history.</summary>
    private static readonly HashSet<string> Growing = ["Employees", "EmployeeTags", "AuditEntries", "ChangeRequests", "TimelineEntries", "EmployeeSearch",
        "Candidates", "JobApplications", "StageVisits"];

    /// <summary>Tables read whole by design on any page: the tracked tables' versions, a row per tracked table.</summary>
    private static readonly HashSet<string> FixedSize = ["TableVersions"];

    /// <summary>
    /// The steps that read a whole table: a SCAN through no index, of a table rather than of a subquery, a common table
    /// expression, a virtual table (the full-text index, json_each) or a constant row; or, for a table that grows with the
    /// organisation, any SCAN in a command without a LIMIT to stop it. A SCAN through an index in a command with a LIMIT is
    /// the ordered walk that the limit stops early, and is not one. <paramref name="small"/> names tables read whole by design
    /// (kept figures of a few rows).
    /// </summary>
    public static IEnumerable<string> FullScans(string sql, IReadOnlyList<string> plan, params string[] small)
    {
        var derived = plan.Select(line => DerivedTable().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        var tables = Alias().Matches(sql).GroupBy(m => m.Groups[2].Value).ToDictionary(g => g.Key, g => g.First().Groups[1].Value);
        var limited = sql.Contains("LIMIT", StringComparison.Ordinal);
        foreach (var line in plan)
        {
            if (Scan().Match(line) is not { Success: true } scan || derived.Contains(scan.Groups[1].Value)) continue;
            if (line.Contains("VIRTUAL TABLE", StringComparison.Ordinal) || line.Contains("CONSTANT ROW", StringComparison.Ordinal)
                || line.Contains("(subquery", StringComparison.Ordinal)) continue;
            var table = tables.GetValueOrDefault(scan.Groups[1].Value, scan.Groups[1].Value);
            if (small.Contains(table) || FixedSize.Contains(table) || derived.Contains(table)) continue;
            // A page fetched by its keys: on a table with fewer rows than the lookups would cost (the demo's), SQLite
            // rightly reads it in key order instead; the key list, a page long, bounds what it returns at any size.
            if (sql.Contains($"\"{scan.Groups[1].Value}\".\"Id\" IN (", StringComparison.Ordinal)) continue;
            if (!line.Contains(" USING ", StringComparison.Ordinal) || (Growing.Contains(table) && !limited)) yield return line;
        }
    }

    /// <summary>Whether rows are sorted for an ORDER BY rather than read in an index's order.</summary>
    public static bool Sorts(IReadOnlyList<string> plan) =>
        plan.Any(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal) && line.Contains("ORDER BY", StringComparison.Ordinal));

    public static bool UsesFullTextIndex(IReadOnlyList<string> plan, string index = "EmployeeSearch") =>
        plan.Any(line => line.Contains($"{index} VIRTUAL TABLE", StringComparison.Ordinal));

    [GeneratedRegex(@"^\s*(SELECT|WITH)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingCommand();

    [GeneratedRegex(@"^SCAN (\S+)")]
    private static partial Regex Scan();

    [GeneratedRegex(@"^(?:CO-ROUTINE|MATERIALIZE) (\S+)")]
    private static partial Regex DerivedTable();

    /// <summary>A table and its alias, as EF writes them (<c>"Employees" AS "e"</c>) or by hand (<c>FROM months m</c>).</summary>
    [GeneratedRegex("(?:FROM|JOIN)\\s+\"?(\\w+)\"?\\s+(?:AS\\s+)?\"?(\\w+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Alias();
}
