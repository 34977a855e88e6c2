using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>
/// Requisitions from the first managers of the organisation (the demo manager among them): one waiting for HR, one
/// approved and one rejected each, so HR's queue and a manager's list both have something to show.
/// </summary>
public class RequisitionDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int Managers = 5;

    public int Order => 200;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var managers = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.DirectReports.Any())
            .OrderBy(e => e.WorkEmail != $"manager@{OrganisationSeeder.DemoDomain}").ThenBy(e => e.Id).Take(Managers)
            // A role like one already in the team: the position of the manager's first report.
            .Select(e => new { e.Id, e.DepartmentId, e.LocationId, PositionId = e.DirectReports.OrderBy(r => r.Id).Select(r => r.PositionId).First() })
            .ToListAsync(cancellationToken);
        var hr = await db.Users.Where(u => u.Email == $"hr@{OrganisationSeeder.DemoDomain}").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        var now = clock.UtcNow;
        foreach (var (manager, i) in managers.Select((m, i) => (m, i)))
        {
            Requisition For(int daysAgo, decimal from) => new()
            {
                PositionId = manager.PositionId, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId,
                Reason = RequisitionReason.NewRole, Headcount = 1 + i % 2, SalaryFrom = from, SalaryTo = from + 12_000m, Currency = "EUR",
                TargetStartDate = clock.Today.AddDays(60 + 7 * i), RequestedById = manager.Id, RequestedAtUtc = now.AddDays(-daysAgo),
                Justification = "The team's work has grown beyond what it can do well.",
            };
            var approved = For(40 + i, 42_000m);
            var rejected = For(30 + i, 55_000m);
            if (hr is not null)
            {
                approved.Approve(hr, null, now.AddDays(-38 + i));
                rejected.Reject(hr, "No budget for another hire this year; ask again in the next plan.", now.AddDays(-28 + i));
            }
            db.Set<Requisition>().AddRange(For(2 + i, 38_000m), approved, rejected);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
