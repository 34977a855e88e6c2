using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>"Pay review" on a manager's home page while a cycle is open: how many of their people are decided, what is left of the budget, and when it is due.</summary>
public class PayReviewCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model?>;

    public record Model(int CycleId, string Cycle, string Currency, DateOnly DueOn, BudgetTotals Totals);

    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new Query()) is { } model ? View("~/Compensation/Cycles/PayReviewCard.cshtml", model) : Content(string.Empty);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return null;
            var cycle = await db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open)
                .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).Select(c => new { c.Id, c.Name, c.Currency, c.ProposalsDueOn }).FirstOrDefaultAsync(ct);
            if (cycle is null) return null;
            var totals = BudgetTotals.Of(await TeamBudget.BelowAsync(db, cycle.Id, me, ct));
            return totals.People == 0 ? null : new Model(cycle.Id, cycle.Name, cycle.Currency, cycle.ProposalsDueOn, totals);
        }
    }
}

/// <summary>"Compensation cycles" on HR's home page: each open cycle's progress and the departments waiting for HR's approval.</summary>
public class OpenCyclesCard(IMediator mediator) : ViewComponent
{
    public const int Shown = 3;

    public record Query : IRequest<IReadOnlyList<Line>>;

    public record Line(int Id, string Name, DateOnly EffectiveOn, int People, int Submitted, int Approved, int Departments, int ReadyDepartments)
    {
        public int SubmittedPercent => People == 0 ? 0 : 100 * Submitted / People;
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Compensation/Cycles/OpenCyclesCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct)
        {
            var proposals = db.Set<PayProposal>();
            return await db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open)
                .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).Take(Shown)
                .Select(c => new Line(c.Id, c.Name, c.EffectiveOn,
                    proposals.Count(p => p.CycleId == c.Id),
                    proposals.Count(p => p.CycleId == c.Id && p.Status != ProposalStatus.Draft),
                    proposals.Count(p => p.CycleId == c.Id && (p.Status == ProposalStatus.Approved || p.Status == ProposalStatus.Applied)),
                    c.Budgets.Count(),
                    c.Budgets.Count(b => b.Status == DepartmentReviewStatus.Open
                                         && proposals.Any(p => p.CycleId == c.Id && p.DepartmentId == b.DepartmentId)
                                         && !proposals.Any(p => p.CycleId == c.Id && p.DepartmentId == b.DepartmentId && p.Status == ProposalStatus.Draft))))
                .ToListAsync(ct);
        }
    }
}
