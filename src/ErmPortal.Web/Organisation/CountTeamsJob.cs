using System.Text.Json;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// Counts, for every manager, the current people below them however deep (<see cref="TeamSize"/>), for the team card
/// on their home page. A trigger cannot walk a reporting line, and walking it on every view costs a head of
/// department thousands of rows, so the counts are taken here and shown with the time they were taken. The
/// reporting lines are read once and walked in memory; the writing is one short statement, so the portal's one
/// writer waits for it only briefly. Safe to run twice: each run replaces all the counts.
/// </summary>
public class CountTeamsJob(ErmDbContext db, IClock clock) : IScheduledJob
{
    public static string Name => "count-teams";
    public static TimeSpan Interval => TimeSpan.FromMinutes(10);

    // Deeper than any real organisation; stops the walk on corrupted data that loops.
    private const int MaxDepth = 64;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var people = await db.Employees.AsNoTracking()
            .Select(e => new { e.Id, e.ManagerId, Current = e.Status != EmployeeStatus.Left })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var sizes = new Dictionary<int, int>();
        foreach (var person in people.Values.Where(p => p.Current))
        {
            // Someone who has left is not counted, but the people below them still count for the managers above.
            var managerId = person.ManagerId;
            for (var depth = 0; managerId is { } id && id != person.Id && depth < MaxDepth; depth++)
            {
                sizes[id] = sizes.GetValueOrDefault(id) + 1;
                managerId = people.TryGetValue(id, out var manager) ? manager.ManagerId : null;
            }
        }

        var counts = JsonSerializer.Serialize(sizes.ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value));
        // Inside the seeding transaction the counts commit with the people they count.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Set<TeamSize>().ExecuteDeleteAsync(cancellationToken);
        // Only managers still on file: someone deleted since the reading has no row to refer to.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO TeamSizes (ManagerId, Size, CountedAtUtc)
            SELECT CAST(c.key AS INTEGER), c.value, {now} FROM json_each({counts}) c
            WHERE EXISTS (SELECT 1 FROM Employees e WHERE e.Id = CAST(c.key AS INTEGER))
            """, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>A freshly seeded organisation has its team sizes before anyone opens a home page, jobs running or not.</summary>
public class CountTeamsWhenSeeded(CountTeamsJob job) : IDemoDataSeeder
{
    /// <summary>After every module has hired, moved and let go its people.</summary>
    public int Order => 10_000;

    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => job.RunAsync(cancellationToken);
}
