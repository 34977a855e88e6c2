using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
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
            // One command: everyone below the manager in any open cycle, with their cycle; the latest cycle is shown.
            var open = db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open).Select(c => c.Id);
            var rows = await (from p in db.Set<PayProposal>()
                              join s in db.Below(me) on p.EmployeeId equals s.Id
                              where open.Contains(p.CycleId)
                              select new
                              {
                                  p.CycleId, p.Cycle.Name, p.Cycle.Currency, p.Cycle.ProposalsDueOn, p.Cycle.EffectiveOn,
                                  Proposal = new TeamProposal(p.Id, p.EmployeeId, p.Employee.ManagerId, s.Depth, p.BudgetMinor, p.RaiseAnnualMinor,
                                      p.RaiseBasisPoints != null, p.Status),
                              }).ToListAsync(ct);
            var cycle = rows.OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.CycleId).FirstOrDefault();
            if (cycle is null) return null;
            var totals = BudgetTotals.Of(rows.Where(r => r.CycleId == cycle.CycleId).Select(r => r.Proposal));
            return new Model(cycle.CycleId, cycle.Name, cycle.Currency, cycle.ProposalsDueOn, totals);
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
