using ErmPortal.Data;
using ErmPortal.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Infrastructure;

/// <summary>
/// Keeps SQLite's statistics about the tables current, so the planner picks an index by how selective it is rather
/// than by guesswork. Without them SQLite assumes every index narrows equally well, and a query with two usable
/// indexes may take the worse one as the organisation grows.
/// </summary>
public static class QueryStatistics
{
    // 0x10000 looks at every table, not only those this connection has queried; 0x2 analyses those that need it:
    // never analysed, or grown or shrunk tenfold since. The limit samples each index instead of reading all of it,
    // so a run takes milliseconds at any size.
    private const string Optimize = "PRAGMA analysis_limit=400; PRAGMA optimize=0x10002;";

    public static async Task RefreshAsync(ErmDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync(Optimize, cancellationToken);
    }
}

/// <summary>Tables grow after start-up (imports, history); a look every few hours keeps the statistics in step.</summary>
public class RefreshQueryStatisticsJob(ErmDbContext db) : IScheduledJob
{
    public static string Name => "refresh-query-statistics";
    public static TimeSpan Interval => TimeSpan.FromHours(6);

    public Task RunAsync(CancellationToken cancellationToken) => QueryStatistics.RefreshAsync(db, cancellationToken);
}
