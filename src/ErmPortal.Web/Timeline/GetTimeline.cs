using ErmPortal.Data;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Timeline;

/// <summary>
/// A person's touchpoints, filtered by kind and period and paged. Each entry is shown to its audience only: the
/// person, their manager chain, HR, or a role or person it names; someone in none of these sees no timeline.
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

    public class Handler(ErmDbContext db, EmployeeAccess access, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var reader = TimelineReader.ForEmployee(await access.ResolveAsync(request.Id, ct), user) ?? throw new NotFoundException();
            var name = await db.Employees.Where(e => e.Id == request.Id)
                .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException();

            var entries = db.Set<TimelineEntry>().VisibleTo(TimelineSubjects.Employee, request.Id, reader);
            if (!string.IsNullOrEmpty(request.Kind)) entries = entries.Where(t => t.Kind == request.Kind);
            var page = await entries.Within(t => t.OccurredAtUtc, request.From, request.To).NewestFirst()
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            return new Model(request, name, page);
        }
    }
}
