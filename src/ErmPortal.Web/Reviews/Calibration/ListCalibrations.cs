using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>
/// The cycles in or past calibration that hold reviews the viewer calibrates, the latest first, each with how many of
/// those reviews there are and how many calibration changed. A manager with nobody two levels below them sees none.
/// </summary>
public static class ListCalibrations
{
    [RequireRole(Roles.Hr, Roles.Manager)]
    public record Query : IRequest<Model>
    {
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd, ReviewPhase Phase, int Reviews, int Adjusted);

    public record Model(Page<Row> Cycles);

    public class Handler(ErmDbContext db, CalibrationScope scope) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            // Counted per cycle in one grouped command, then the page of cycles read by id: the cycles are few, their reviews many.
            var counts = await scope.Reviews().Where(r => CalibrationScope.CalibratedPhases.Contains(r.Cycle.Phase))
                .GroupBy(r => r.CycleId)
                .Select(g => new { CycleId = g.Key, Reviews = g.Count(), Adjusted = g.Count(r => r.Adjustments.Any()) })
                .ToDictionaryAsync(c => c.CycleId, ct);
            var ids = counts.Keys.ToList();
            var page = await db.Set<ReviewCycle>().Where(c => ids.Contains(c.Id))
                .OrderByDescending(c => c.PeriodEnd).ThenByDescending(c => c.Id)
                .Select(c => new { c.Id, c.Name, c.PeriodStart, c.PeriodEnd, c.Phase })
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            return new Model(page.WithItems(page.Items
                .Select(c => new Row(c.Id, c.Name, c.PeriodStart, c.PeriodEnd, c.Phase, counts[c.Id].Reviews, counts[c.Id].Adjusted)).ToList()));
        }
    }
}
