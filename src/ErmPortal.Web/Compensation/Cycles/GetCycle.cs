using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// HR's view of a cycle: for each department its payroll, budget, the raises proposed against it, how many people are
/// decided, submitted and approved, how many raises fall outside the guideline, and HR's decision. One grouped query
/// over the proposals, whatever the size of the organisation; its figures are kept (<see cref="KeptResults"/>) until a
/// proposal is written, so HR coming back to the page reads only the cycle and its budgets.
/// </summary>
public static class GetCycle
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Model>;

    public record Model(int Id, string Name, string Currency, DateOnly EffectiveOn, DateOnly ProposalsDueOn, DateOnly HiredBefore,
        CompensationCycleStatus Status, Guid Version, IReadOnlyList<Department> Departments, IReadOnlyList<GuidelineCell> Guideline)
    {
        public Department Total => new(0, "", Departments.Sum(d => d.PercentBasisPoints * (long)d.PayrollMinor) is var weighted && Departments.Sum(d => d.PayrollMinor) is var payroll and > 0
                ? (int)(weighted / payroll) : 0,
            Departments.Sum(d => d.PayrollMinor), Departments.Sum(d => d.BudgetMinor), Departments.Sum(d => d.People), Departments.Sum(d => d.Decided),
            Departments.Sum(d => d.Submitted), Departments.Sum(d => d.Approved), Departments.Sum(d => d.ProposedMinor), Departments.Sum(d => d.OutsideGuideline),
            DepartmentReviewStatus.Open, null, null, Guid.Empty);

        /// <summary>Every raise in it approved: closing loses no decision.</summary>
        public bool CanClose => Departments.All(d => d.Approved == d.People);
    }

    public record Department(int DepartmentId, string Name, int PercentBasisPoints, long PayrollMinor, long BudgetMinor, int People, int Decided,
        int Submitted, int Approved, long ProposedMinor, int OutsideGuideline, DepartmentReviewStatus Status, string? HrComment, DateTime? DecidedAtUtc, Guid Version)
    {
        public long RemainingMinor => BudgetMinor - ProposedMinor;
        public bool IsOverBudget => ProposedMinor > BudgetMinor;
        public decimal ProposedPercentOfPayroll => PayrollMinor == 0 ? 0 : Math.Round(100m * ProposedMinor / PayrollMinor, 2, MidpointRounding.AwayFromZero);
        public bool IsReadyForApproval => People > 0 && Submitted == People && Approved < People;
    }

    /// <summary>What the proposals of one department come to.</summary>
    private sealed record Figures(int People, int Decided, int Submitted, int Approved, long Proposed, int Outside);

    public class Handler(ErmDbContext db, KeptResults kept) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var cycle = await db.Set<CompensationCycle>().AsNoTracking().Include(c => c.Guideline).FirstOrDefaultAsync(c => c.Id == request.Id, ct)
                        ?? throw new NotFoundException();
            // Only the figures are kept: the budgets carry HR's decision and the version its form posts, read fresh each time.
            var figures = await kept.GetAsync((nameof(GetCycle), cycle.Id), ["PayProposals"], c => FiguresAsync(cycle.Id, c), ct);
            var budgets = await db.Set<DepartmentBudget>().Where(b => b.CycleId == cycle.Id).OrderBy(b => b.Department.Name)
                .Select(b => new { b.DepartmentId, b.Department.Name, b.PercentBasisPoints, b.PayrollMinor, b.BudgetMinor, b.Status, b.HrComment, b.DecidedAtUtc, b.Version })
                .ToListAsync(ct);
            var departments = budgets.Select(b => figures.TryGetValue(b.DepartmentId, out var f)
                    ? new Department(b.DepartmentId, b.Name, b.PercentBasisPoints, b.PayrollMinor, b.BudgetMinor, f.People, f.Decided, f.Submitted, f.Approved,
                        f.Proposed, f.Outside, b.Status, b.HrComment, b.DecidedAtUtc, b.Version)
                    : new Department(b.DepartmentId, b.Name, b.PercentBasisPoints, b.PayrollMinor, b.BudgetMinor, 0, 0, 0, 0, 0, 0, b.Status, b.HrComment,
                        b.DecidedAtUtc, b.Version))
                .ToList();
            return new Model(cycle.Id, cycle.Name, cycle.Currency, cycle.EffectiveOn, cycle.ProposalsDueOn, cycle.HiredBefore, cycle.Status, cycle.Version,
                departments, cycle.Guideline.OrderBy(g => g.Rating).ThenBy(g => g.Quarter).ToList());
        }

        private async Task<IReadOnlyDictionary<int, Figures>> FiguresAsync(int cycleId, CancellationToken ct) =>
            await db.Set<PayProposal>().Where(p => p.CycleId == cycleId)
                .GroupBy(p => p.DepartmentId)
                .Select(g => new
                {
                    DepartmentId = g.Key,
                    Figures = new Figures(g.Count(), g.Count(p => p.RaiseBasisPoints != null), g.Count(p => p.Status != ProposalStatus.Draft),
                        g.Count(p => p.Status == ProposalStatus.Approved || p.Status == ProposalStatus.Applied), g.Sum(p => p.RaiseAnnualMinor),
                        g.Count(p => p.Justification != null)),
                })
                .ToDictionaryAsync(f => f.DepartmentId, f => f.Figures, ct);
    }
}
