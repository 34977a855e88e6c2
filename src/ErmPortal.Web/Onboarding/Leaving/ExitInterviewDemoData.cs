using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Leaving;

/// <summary>
/// Exit interviews of the demo organisation's leavers of the last two years, their reasons matching the reason HR wrote when
/// recording the departure, so the figures and the list have a true-looking story. The seeded leavers were moved to Left
/// without their events, so their accounts are closed here as the cut-off would have closed them.
/// </summary>
public class ExitInterviewDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int MaxInterviews = 60;

    public int Order => 481;

    private static readonly string[] Comments =
    [
        "Enjoyed the team; the new role offers a step up that was not available here.",
        "Would have stayed with a clearer path to a senior role.",
        "The move was for family; happy to be considered again later.",
        "Workload in the last quarter was too high for too long.",
        "Good onboarding, good colleagues. Pay was behind the market for this role.",
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var random = new Random(20261201);
        var since = clock.Today.AddYears(-2);
        var leavers = await db.Employees.Where(e => e.Status == EmployeeStatus.Left && e.LastDay >= since)
            .OrderByDescending(e => e.LastDay).ThenBy(e => e.Id).Take(MaxInterviews)
            .Select(e => new { e.Id, e.LastDay, e.LeavingReason, e.LeavingVoluntarily })
            .ToListAsync(cancellationToken);
        var hr = await db.Users.Where(u => u.Email == $"hr@{OrganisationSeeder.DemoDomain}").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) ?? "";
        foreach (var leaver in leavers)
        {
            var reasons = (leaver.LeavingReason ?? "") switch
            {
                var r when r.StartsWith("Relocating", StringComparison.Ordinal) => LeavingReasons.Relocation | (random.Next(3) == 0 ? LeavingReasons.Personal : LeavingReasons.None),
                var r when r.StartsWith("Retirement", StringComparison.Ordinal) => LeavingReasons.Personal,
                var r when r.StartsWith("End of", StringComparison.Ordinal) => LeavingReasons.Other,
                _ => new[] { LeavingReasons.Pay, LeavingReasons.Growth, LeavingReasons.Manager, LeavingReasons.Workload, LeavingReasons.Culture }
                    .Where(_ => random.Next(3) == 0).Aggregate(random.Next(2) == 0 ? LeavingReasons.Growth : LeavingReasons.Pay, (all, r) => all | r),
            };
            var wouldReturn = reasons.HasFlag(LeavingReasons.Manager) || reasons.HasFlag(LeavingReasons.Culture) ? WouldReturn.No
                : random.Next(3) switch { 0 => WouldReturn.Yes, 1 => WouldReturn.Maybe, _ => WouldReturn.Yes };
            db.Add(new ExitInterview
            {
                EmployeeId = leaver.Id, Reasons = reasons, WouldReturn = wouldReturn, Comments = Comments[random.Next(Comments.Length)],
                RecordedAtUtc = leaver.LastDay!.Value.AddDays(-random.Next(1, 6)).ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc), RecordedByUserId = hr,
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        var now = clock.UtcNow;
        await db.Users.Where(u => u.DisabledAtUtc == null && db.Employees.Any(e => e.UserId == u.Id && e.Status == EmployeeStatus.Left))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DisabledAtUtc, now), cancellationToken);
    }
}
