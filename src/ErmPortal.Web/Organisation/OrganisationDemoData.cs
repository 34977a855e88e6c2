using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// The demo organisation's recent history and near future, so HR's home page has something to show: probation
/// periods for the newest people, leavers over the past year, a few last days and job changes in the coming weeks.
/// Only people without reports are picked, and never a demo sign-in, so every reporting line and demo journey stays.
/// </summary>
public class OrganisationDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int ProbationMonths = 6;

    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var random = new Random(20261130);

        var probationFrom = today.AddMonths(-ProbationMonths);
        foreach (var employee in await db.Employees.Where(e => e.HireDate > probationFrom).ToListAsync(cancellationToken))
            employee.ProbationEndDate = employee.HireDate.AddMonths(ProbationMonths);

        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var total = await db.Employees.CountAsync(cancellationToken);
        var candidates = await db.Employees
            .Where(e => !e.DirectReports.Any() && !demoEmails.Contains(e.WorkEmail) && e.Status == EmployeeStatus.Active
                        && e.HireDate < today.AddYears(-1))
            .OrderByDescending(e => e.Id)
            .Take(Math.Max(10, total / 10))
            .Include(e => e.JobHistory)
            .ToListAsync(cancellationToken);
        var picks = new Queue<Employee>(candidates.OrderBy(_ => random.Next()));

        string[] reasons = ["Resigned for a role elsewhere", "Relocating abroad", "End of fixed-term contract", "Retirement"];
        for (var i = 0; i < Math.Max(6, total / 15) && picks.Count > 0; i++)
        {
            var leaver = picks.Dequeue();
            var lastDay = today.AddDays(-random.Next(5, 360));
            leaver.Terminate(lastDay, reasons[random.Next(reasons.Length)], voluntary: random.Next(4) > 0, today);
        }
        for (var i = 0; i < Math.Max(2, total / 75) && picks.Count > 0; i++)
            picks.Dequeue().Terminate(today.AddDays(random.Next(7, 28)), reasons[0], voluntary: true, today);
        for (var i = 0; i < Math.Max(2, total / 75) && picks.Count > 0; i++)
        {
            var mover = picks.Dequeue();
            var current = mover.JobHistory.OrderBy(c => c.EffectiveDate).Last();
            mover.ChangeJob(JobChangeKind.Transfer, today.AddDays(random.Next(5, 25)), current.DepartmentId, current.PositionId,
                await db.Locations.Where(l => l.Id != mover.LocationId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(cancellationToken),
                mover.ManagerId, "Moving to another office", today);
        }
        foreach (var employee in db.ChangeTracker.Entries<Employee>()) employee.Entity.TakeDomainEvents();
        await db.SaveChangesAsync(cancellationToken);
    }
}
