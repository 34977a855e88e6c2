using ErmPortal.Data;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Timeline;

public record TimelineLine(DateTime OccurredAtUtc, string Kind, string Summary, string? ActorName, string? Link);

/// <summary>
/// A person's touchpoints, filtered by kind and period and paged. The person sees what is meant for them,
/// the manager chain also what managers may see, HR everything; nobody else sees any of it.
/// </summary>
public static class GetTimeline
{
    public record Query : IRequest<Model>
    {
        public int Id { get; init; }
        public string? Kind { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Model(Query Query, string PersonName, Page<TimelineLine> Entries);

    public class Handler(ErmDbContext db, EmployeeAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var viewer = await access.ResolveAsync(request.Id, ct);
            if (viewer.TimelineVisibility is not { } visibility) throw new NotFoundException();
            var name = await db.Employees.Where(e => e.Id == request.Id)
                .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException();

            var entries = db.TimelineEntries.Where(t => t.EmployeeId == request.Id && t.Visibility <= visibility);
            if (!string.IsNullOrEmpty(request.Kind)) entries = entries.Where(t => t.Kind == request.Kind);
            var page = await entries.Within(t => t.OccurredAtUtc, request.From, request.To).OrderByDescending(t => t.OccurredAtUtc).ThenByDescending(t => t.Id)
                .Select(t => new TimelineLine(t.OccurredAtUtc, t.Kind, t.Summary, t.ActorName, t.Link))
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            return new Model(request, name, page);
        }
    }
}
