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
            var cycles = await db.Set<ReviewCycle>().Where(c => c.Phase != ReviewPhase.Draft && c.Phase != ReviewPhase.Closed)
                .OrderByDescending(c => c.LaunchedAtUtc).ThenByDescending(c => c.Id).Take(Shown)
                .Select(c => new { c.Id, c.Name, c.Phase, DueOn = c.Deadlines.Where(d => d.Phase == c.Phase).Select(d => (DateOnly?)d.DueOn).FirstOrDefault() })
                .ToListAsync(ct);
            if (cycles.Count == 0) return [];
            var ids = cycles.Select(c => c.Id).ToList();
            var counts = await CycleWork.CountsByAsync(db, db.Set<Review>().Where(r => ids.Contains(r.CycleId)), r => r.CycleId, ct);
            return cycles.Select(c => new Line(c.Id, c.Name, c.Phase, c.DueOn, counts.GetValueOrDefault(c.Id, PhaseCounts.None))).ToList();
        }
    }
}
