using System.Text.Json;
using ErmPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// Questions about the reporting tree, each answered in one query however deep the organisation: SQLite follows
/// the manager links itself in a recursive CTE. Table and column names are EF's defaults for the Employees table.
/// </summary>
public class ReportingLines(ErmDbContext db)
{
    // Deeper than any real organisation; stops a walk over corrupted data that loops.
    private const int MaxDepth = 64;

    /// <summary>One employee the manager stands above, and how many levels up (1 = direct manager).</summary>
    public record Reach(int EmployeeId, int Levels);

    /// <summary>
    /// For each of <paramref name="employeeIds"/> that <paramref name="managerId"/> manages, directly or further up,
    /// the number of levels between them. Walks up from the employees rather than down from the manager, so a
    /// page of people costs the depth of their lines, not the size of the manager's subtree. A line stops climbing at the
    /// manager: above them it can only reach them again at more levels.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, int>> ReachOfAsync(int managerId, IReadOnlyCollection<int> employeeIds, CancellationToken cancellationToken)
    {
        if (employeeIds.Count == 0) return new Dictionary<int, int>();
        // The ids travel as one JSON parameter: the query stays parameterised whatever the page size.
        var ids = JsonSerializer.Serialize(employeeIds.Distinct());
        var reach = await db.Database.SqlQuery<Reach>($"""
            WITH RECURSIVE up(EmployeeId, ManagerId, Levels) AS (
                SELECT Id, ManagerId, 1 FROM Employees WHERE Id IN (SELECT value FROM json_each({ids})) AND ManagerId IS NOT NULL
                UNION ALL
                SELECT up.EmployeeId, e.ManagerId, up.Levels + 1 FROM up JOIN Employees e ON e.Id = up.ManagerId
                WHERE e.ManagerId IS NOT NULL AND up.ManagerId <> {managerId} AND up.Levels < {MaxDepth})
            SELECT EmployeeId, MIN(Levels) AS Levels FROM up WHERE ManagerId = {managerId} AND EmployeeId <> {managerId} GROUP BY EmployeeId
            """).ToListAsync(cancellationToken);
        return reach.ToDictionary(r => r.EmployeeId, r => r.Levels);
    }

    /// <summary>True when making <paramref name="newManagerId"/> the manager of <paramref name="employeeId"/> would close a loop.</summary>
    public async Task<bool> WouldCreateCycleAsync(int employeeId, int? newManagerId, CancellationToken cancellationToken)
    {
        if (newManagerId is not { } managerId) return false;
        if (managerId == employeeId) return true;
        // A loop closes when the employee already stands above their new manager.
        return (await ReachOfAsync(employeeId, [managerId], cancellationToken)).ContainsKey(managerId);
    }
}
