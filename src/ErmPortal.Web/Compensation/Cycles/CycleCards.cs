using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>"Pay review" on a manager's home page while cycles with their people are open: for each, how many are decided, what is left of the budget, and when it is due.</summary>
public class PayReviewCard(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new ListMyPayReviews.Query()) is { Count: > 0 } reviews
            ? View("~/Compensation/Cycles/PayReviewCard.cshtml", reviews)
            : Content(string.Empty);
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
