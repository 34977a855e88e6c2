using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// HR launches a draft cycle: everyone in its scope who has not left and was hired by the cut-off gets a review, written by
/// their manager of the day and counted in their department of the day, so later moves do not shift the cycle's figures.
/// </summary>
public static class LaunchCycle
{
    [RequireRole(Roles.Hr)]
    public record Command(int Id, Guid Version) : ICommand<int>;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var cycle = await db.Set<ReviewCycle>().Include(c => c.ScopeEntries).FirstOrDefaultAsync(c => c.Id == request.Id, ct)
                        ?? throw new NotFoundException();
            CycleVersions.EnsureCurrent(cycle, request.Version);
            var people = await InScope(db, cycle).Select(e => new { e.Id, e.ManagerId, e.DepartmentId }).ToListAsync(ct);
            if (people.Count == 0)
                throw new DomainRuleException(nameof(ReviewCycle.Phase), "Nobody is in this cycle: check who it is for and the hire cut-off.");
            cycle.Launch(clock.UtcNow);
            db.AddRange(people.Select(p => new Review { CycleId = cycle.Id, EmployeeId = p.Id, ReviewerId = p.ManagerId, DepartmentId = p.DepartmentId }));
            await db.SaveChangesAsync(ct);
            return people.Count;
        }
    }

    /// <summary>The people a cycle is for today: its scope, less those who left and those hired after the cut-off.</summary>
    public static IQueryable<Employee> InScope(ErmDbContext db, ReviewCycle cycle)
    {
        var people = db.Employees.Where(e => e.Status != EmployeeStatus.Left);
        if (cycle.HiredOnOrBefore is { } cutOff) people = people.Where(e => e.HireDate <= cutOff);
        var departments = cycle.ScopeEntries.Where(e => e.DepartmentId != null).Select(e => e.DepartmentId!.Value).ToList();
        var named = cycle.ScopeEntries.Where(e => e.EmployeeId != null).Select(e => e.EmployeeId!.Value).ToList();
        return cycle.Scope switch
        {
            ReviewCycleScope.Departments => people.Where(e => departments.Contains(e.DepartmentId)),
            ReviewCycleScope.People => people.Where(e => named.Contains(e.Id)),
            _ => people,
        };
    }
}

/// <summary>A button on the cycle's page carries the version the page showed, so a second click or a colleague's move is not repeated.</summary>
internal static class CycleVersions
{
    public static void EnsureCurrent(ReviewCycle cycle, Guid version)
    {
        if (cycle.Version != version)
            throw new ConcurrencyConflictException("This cycle changed after you opened its page. Check where it stands now and try again.");
    }
}
