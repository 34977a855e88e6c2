using ErmPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// One person below a manager, how many levels below (1 for a direct report), and the manager's direct report whose
/// team they are in (their own id for a direct report).
/// </summary>
public record SubtreeRow
{
    public int Id { get; init; }
    public int Depth { get; init; }
    public int Head { get; init; }
}

public static class Subtrees
{
    // Deeper than any real organisation; stops the walk on corrupted data that loops.
    private const int MaxDepth = 64;

    /// <summary>
    /// Everyone below the manager, however deep, as a query other queries build on (join, filter, page, count):
    /// SQLite follows the manager links itself, so a large subtree costs one command, not one per level or person.
    /// Names are EF's defaults for the Employees table.
    /// </summary>
    public static IQueryable<SubtreeRow> Below(this ErmDbContext db, int managerId) =>
        db.Database.SqlQuery<SubtreeRow>($"""
            WITH RECURSIVE subtree(Id, Depth, Head) AS (
                SELECT Id, 1, Id FROM Employees WHERE ManagerId = {managerId}
                UNION ALL
                SELECT e.Id, s.Depth + 1, s.Head FROM subtree s JOIN Employees e ON e.ManagerId = s.Id
                WHERE s.Depth < {MaxDepth})
            SELECT Id, MIN(Depth) AS Depth, MIN(Head) AS Head FROM subtree WHERE Id <> {managerId} GROUP BY Id
            """);
}
