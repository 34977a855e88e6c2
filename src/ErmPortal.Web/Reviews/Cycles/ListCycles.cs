using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>HR's review cycles, the newest first: drafts, running ones with the deadline of their phase, and closed ones.</summary>
public static class ListCycles
{
    [RequireRole(Roles.Hr)]
    public record Query(int Page = 1) : IRequest<Page<Row>>;

    public record Row(int Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd, ReviewPhase Phase, int People, DateOnly? DueOn);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Page<Row>>
    {
        public Task<Page<Row>> Handle(Query request, CancellationToken ct) =>
            db.Set<ReviewCycle>().OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id)
                .Select(c => new Row(c.Id, c.Name, c.PeriodStart, c.PeriodEnd, c.Phase, c.Reviews.Count(),
                    c.Deadlines.Where(d => d.Phase == c.Phase).Select(d => (DateOnly?)d.DueOn).FirstOrDefault()))
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
    }
}
