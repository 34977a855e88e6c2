using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using ErmPortal.Web.Timeline;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// The demo organisation's leavers and near future, so HR's home page and the workforce trends have something to show:
/// probation periods for the newest people, about one person in fifteen leaving each year over the past three years,
/// a few last days and job changes in the coming weeks. Only people without reports are picked, and never a demo
/// sign-in, so every reporting line and demo journey stays.
/// </summary>
public class OrganisationDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int ProbationMonths = 6;

    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var random = new Random(20261130);

        using var rows = new DemoRows(db);
        var probationFrom = today.AddMonths(-ProbationMonths);
        foreach (var employee in await db.Employees.AsNoTracking().Where(e => e.HireDate > probationFrom).ToListAsync(cancellationToken))
        {
            employee.ProbationEndDate = employee.HireDate.AddMonths(ProbationMonths);
            rows.Update(employee, nameof(Employee.ProbationEndDate));
        }

        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var total = await db.Employees.CountAsync(cancellationToken);
        var horizon = today.AddYears(-3);
        // A leaver's last day comes after their last move, and after a first season with the organisation.
        var candidates = await db.Employees
            .Where(e => !e.DirectReports.Any() && !demoEmails.Contains(e.WorkEmail) && e.Status == EmployeeStatus.Active
                        && e.HireDate < today.AddDays(-120))
            .OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, Settled = e.JobHistory.Max(j => j.EffectiveDate) })
            .ToListAsync(cancellationToken);
        var picks = new Queue<(int Id, DateOnly Settled)>(candidates.Where(c => c.Settled < today.AddDays(-95))
            .OrderBy(_ => random.Next()).Select(c => (c.Id, c.Settled)));

        string[] reasons = ["Resigned for a role elsewhere", "Relocating abroad", "End of fixed-term contract", "Retirement"];
        var leavers = new Dictionary<int, (DateOnly LastDay, string Reason, bool Voluntary)>();
        for (var i = 0; i < Math.Max(6, total / 5) && picks.Count > 0; i++)
        {
            var (id, settled) = picks.Dequeue();
            var first = settled.AddDays(90) > horizon ? settled.AddDays(90) : horizon;
            leavers[id] = (TimelineDemoHistory.Between(random, first, today.AddDays(-5)), reasons[random.Next(reasons.Length)], random.Next(4) > 0);
        }
        for (var i = 0; i < Math.Max(2, total / 75) && picks.Count > 0; i++)
            leavers[picks.Dequeue().Id] = (today.AddDays(random.Next(7, 28)), reasons[0], true);
        // Written straight back, the columns leaving changes: thousands of leavers are too many for a save.
        foreach (var chunk in leavers.Keys.Chunk(5000))
        {
            foreach (var leaver in await db.Employees.AsNoTracking().Where(e => chunk.Contains(e.Id)).ToListAsync(cancellationToken))
            {
                var (lastDay, reason, voluntary) = leavers[leaver.Id];
                leaver.Terminate(lastDay, reason, voluntary, today);
                rows.Update(leaver, nameof(Employee.Status), nameof(Employee.LastDay), nameof(Employee.LeavingReason), nameof(Employee.LeavingVoluntarily));
            }
        }
        for (var i = 0; i < Math.Max(2, total / 75) && picks.Count > 0; i++)
        {
            var moverId = picks.Dequeue().Id;
            var mover = await db.Employees.Include(e => e.JobHistory).SingleAsync(e => e.Id == moverId, cancellationToken);
            var current = mover.JobHistory.OrderBy(c => c.EffectiveDate).Last();
            mover.ChangeJob(JobChangeKind.Transfer, today.AddDays(random.Next(5, 25)), current.DepartmentId, current.PositionId,
                await db.Locations.Where(l => l.Id != mover.LocationId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(cancellationToken),
                mover.ManagerId, "Moving to another office", today);
        }
        // The seeded past is not announced: its events are dropped.
        foreach (var employee in db.ChangeTracker.Entries<Employee>()) employee.Entity.TakeDomainEvents();
        await db.SaveChangesAsync(cancellationToken);
    }
}
