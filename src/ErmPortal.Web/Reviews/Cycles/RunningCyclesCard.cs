using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>"Review cycles" on HR's home page: each running cycle's phase, its deadline and how many have done their part.</summary>
public class RunningCyclesCard(IMediator mediator) : ViewComponent
{
    public const int Shown = 3;

    public record Query : IRequest<IReadOnlyList<Line>>;

    public record Line(int Id, string Name, ReviewPhase Phase, DateOnly? DueOn, PhaseCounts Counts);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Reviews/Cycles/RunningCyclesCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct)
        {
            // One statement for the card: each of the few cycles shown counts its own reviews through the (CycleId, …) index.
            var goals = db.Set<PerformanceGoal>();
            return await db.Set<ReviewCycle>().Where(c => CycleWork.Running.Contains(c.Phase))
                .OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id).Take(Shown)
                .Select(c => new Line(c.Id, c.Name, c.Phase, c.Deadlines.Where(d => d.Phase == c.Phase).Select(d => (DateOnly?)d.DueOn).FirstOrDefault(),
                    new PhaseCounts(c.Reviews.Count(),
                        c.Reviews.Count(r => goals.Any(g => g.EmployeeId == r.EmployeeId && g.TargetDate >= c.PeriodStart && g.TargetDate <= c.PeriodEnd)),
                        c.Reviews.Count(r => r.SelfSubmittedAtUtc != null), c.Reviews.Count(r => r.ManagerSubmittedAtUtc != null),
                        c.Reviews.Count(r => r.SharedAtUtc != null), c.Reviews.Count(r => r.AcknowledgedAtUtc != null || r.FinalizedAtUtc != null))))
                .ToListAsync(ct);
        }
    }
}
