using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// HR's overview of a cycle: what it is, how far each phase and each department has got, and who has not yet done their
/// part of the current phase, a page at a time. Counting and listing happen in SQL, so a cycle of 10,000 people reads in
/// the same few statements as one of ten; the figures and the page of who is late are kept (<see cref="KeptResults"/>)
/// until a review, goal, cycle, person or department is written, so HR coming back to the page reads only the cycle.
/// </summary>
public static class GetCycle
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id, int Page = 1) : IRequest<Model>;

    public record Department(int Id, string Name, PhaseCounts Counts);

    public record Outstanding(int ReviewId, int EmployeeId, string Person, string Department, string? Reviewer);

    public record Model(int Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd, ReviewCycleScope Scope, IReadOnlyList<string> ScopeNames,
        DateOnly? HiredOnOrBefore, bool IncludesPeerFeedback, ReviewPhase Phase, ReviewPhase NextPhase, IReadOnlyList<ReviewPhase> WorkingPhases, Guid Version,
        IReadOnlyList<ReviewPhaseDeadline> Deadlines, IReadOnlyList<ReviewRatingLevel> Levels, IReadOnlyList<string> Competencies,
        int PeopleInScope, PhaseCounts Totals, IReadOnlyList<Department> Departments, PhaseOwner Owner, Page<Outstanding> Late, DateOnly Today)
    {
        public bool IsRunning => Phase is not (ReviewPhase.Draft or ReviewPhase.Closed);
        public DateOnly? DueOn => Deadlines.FirstOrDefault(d => d.Phase == Phase)?.DueOn;
        public bool IsLate => DueOn is { } due && due < Today;
    }

    /// <summary>The tables the figures and the late list are read from.</summary>
    private static readonly string[] Sources = ["ReviewCycles", "Reviews", "PerformanceGoals", "Employees", "Departments"];

    private sealed record Figures(IReadOnlyList<Department> Departments, Page<Outstanding> Late);

    public class Handler(ErmDbContext db, IClock clock, KeptResults kept) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var cycle = await db.Set<ReviewCycle>().AsNoTracking()
                .Include(c => c.RatingLevels).Include(c => c.Competencies).Include(c => c.Deadlines).Include(c => c.ScopeEntries)
                .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            var (departments, late) = await kept.GetAsync((nameof(GetCycle), cycle.Id, cycle.Phase, request.Page), Sources,
                c => FiguresAsync(cycle, request.Page, c), ct);
            var totals = departments.Aggregate(PhaseCounts.None, (sum, d) => sum.Plus(d.Counts));
            // Before launch, how many people launching it now would review.
            var inScope = cycle.Phase == ReviewPhase.Draft ? await LaunchCycle.InScope(db, cycle).CountAsync(ct) : totals.People;

            return new Model(cycle.Id, cycle.Name, cycle.PeriodStart, cycle.PeriodEnd, cycle.Scope, await ScopeNamesAsync(cycle, ct),
                cycle.HiredOnOrBefore, cycle.IncludesPeerFeedback, cycle.Phase, cycle.NextPhase, cycle.WorkingPhases.ToList(), cycle.Version,
                cycle.Deadlines.OrderBy(d => d.Phase).ToList(), cycle.RatingLevels.OrderBy(l => l.Value).ToList(),
                cycle.Competencies.OrderBy(c => c.SortOrder).Select(c => c.Name).ToList(),
                inScope, totals, departments, CycleWork.OwnerOf(cycle.Phase), late, clock.Today);
        }

        private async Task<Figures> FiguresAsync(ReviewCycle cycle, int pageNumber, CancellationToken ct)
        {
            var reviews = db.Set<Review>().Where(r => r.CycleId == cycle.Id);
            var byDepartment = await CycleWork.CountsByAsync(db, reviews, r => new { r.DepartmentId, r.Department.Name }, ct);
            var late = await CycleWork.Outstanding(db, reviews, cycle.Phase)
                .OrderBy(r => r.Department.Name).ThenBy(r => r.Employee.LegalLastName).ThenBy(r => r.Id)
                .Select(r => new Outstanding(r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    r.Department.Name, r.Reviewer == null ? null : (r.Reviewer.PreferredName ?? r.Reviewer.LegalFirstName) + " " + r.Reviewer.LegalLastName))
                .ToPageAsync(pageNumber, PagingExtensions.DefaultPageSize, ct);
            return new Figures(byDepartment.Select(d => new Department(d.Key.DepartmentId, d.Key.Name, d.Value)).OrderBy(d => d.Name).ToList(), late);
        }

        /// <summary>The departments a cycle is for, or the people it names (the first few: the count says the rest).</summary>
        private async Task<IReadOnlyList<string>> ScopeNamesAsync(ReviewCycle cycle, CancellationToken ct)
        {
            var departments = cycle.ScopeEntries.Where(e => e.DepartmentId != null).Select(e => e.DepartmentId!.Value).ToList();
            var people = cycle.ScopeEntries.Where(e => e.EmployeeId != null).Select(e => e.EmployeeId!.Value).ToList();
            return cycle.Scope switch
            {
                ReviewCycleScope.Departments => await db.Departments.Where(d => departments.Contains(d.Id)).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct),
                ReviewCycleScope.People => await db.Employees.Where(e => people.Contains(e.Id)).OrderBy(e => e.LegalLastName).Take(10)
                    .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).ToListAsync(ct),
                _ => [],
            };
        }
    }
}
