using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>SQLite's plan for a command EF sent (EXPLAIN QUERY PLAN with the same parameters), to tell an index search from a scan.</summary>
public static partial class QueryPlans
{
    /// <summary>The plan's lines ("SEARCH e USING INDEX …", "SCAN e", …) for each reading command, beside its SQL.</summary>
    public static IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)> Of(string databasePath, IEnumerable<SqlCommandText> commands)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        var plans = new List<(string, IReadOnlyList<string>)>();
        foreach (var command in commands.Where(c => Reading().IsMatch(c.Text)))
        {
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
            foreach (var (name, value) in command.Parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            using var reader = explain.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(reader.GetString(3));
            plans.Add((command.Text, lines));
        }
        return plans;
    }

    /// <summary>
    /// The plan lines that read a whole table or index rather than searching it. Subqueries and common table
    /// expressions (a co-routine or materialized result, which holds only what an inner search found) are not
    /// tables; <paramref name="allowed"/> names tables read whole by design (small ones).
    /// </summary>
    public static IEnumerable<string> Scans(IReadOnlyList<string> plan, params string[] allowed)
    {
        var results = plan.Select(line => Subquery().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value);
        var notTables = allowed.Concat(results).Append("CONSTANT").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return plan.Where(line => ScanOf().Match(line) is { Success: true } scan && !notTables.Contains(scan.Groups[1].Value));
    }

    [GeneratedRegex(@"^\s*(SELECT|WITH)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reading();

    [GeneratedRegex(@"^SCAN (\S+)")]
    private static partial Regex ScanOf();

    [GeneratedRegex(@"^(?:CO-ROUTINE|MATERIALIZE) (\S+)")]
    private static partial Regex Subquery();
}
