using ErmPortal.Data.Reviews;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>
/// "Calibration" on the home page of HR and skip-level managers while a cycle is in its calibration phase and holds
/// reviews they calibrate: how many, and how many of them have been adjusted. One command.
/// </summary>
public class CalibrationCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<IReadOnlyList<Line>>;

    public record Line(int CycleId, string Cycle, int Reviews, int Adjusted);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Reviews/Calibration/CalibrationCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(CalibrationScope scope) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct) =>
            await scope.Reviews().Where(r => r.Cycle.Phase == ReviewPhase.Calibration)
                .Select(r => new { r.CycleId, r.Cycle.Name, Adjusted = r.Adjustments.Any() })
                .GroupBy(r => new { r.CycleId, r.Name })
                .OrderBy(g => g.Key.Name).Take(3)
                .Select(g => new Line(g.Key.CycleId, g.Key.Name, g.Count(), g.Count(r => r.Adjusted)))
                .ToListAsync(ct);
    }
}
