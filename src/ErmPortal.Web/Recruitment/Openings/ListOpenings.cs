using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>
/// The openings the viewer hires or interviews for (every one for HR), newest first, with how many candidates are
/// still in the running. Anyone signed in may ask: someone on no hiring team gets an empty list that says why.
/// </summary>
public static class ListOpenings
{
    public const int PageSize = 25;

    public record Query : IRequest<Model>
    {
        public OpeningStatus? Status { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, string Title, string DepartmentName, string LocationName, string HiringManager, OpeningStatus Status,
        OpeningAudience Audience, DateTime CreatedAtUtc, int ActiveCandidates);

    /// <summary><see cref="AllOfThem"/>: the viewer is HR, sees every opening and may make new ones.</summary>
    public record Model(Query Query, Page<Row> Openings, bool AllOfThem);

    public class Handler(ErmDbContext db, ICurrentUser user, OpeningAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var openings = db.Set<Opening>().Where(access.VisibleOpenings());
            if (request.Status is { } status) openings = openings.Where(o => o.Status == status);
            var ordered = openings.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id);
            // The count is a subquery of the page's own query: one statement however many openings the page shows.
            var page = await ordered.ToCappedPageAsync(rows => rows.Select(o => new Row(o.Id, o.Title, o.Department.Name, o.Location.Name,
                    (o.HiringManager.PreferredName ?? o.HiringManager.LegalFirstName) + " " + o.HiringManager.LegalLastName,
                    o.Status, o.Audience, o.CreatedAtUtc,
                    db.Set<JobApplication>().Count(a => a.OpeningId == o.Id
                        && a.Stage.Kind != StageKind.Hired && a.Stage.Kind != StageKind.Rejected && a.Stage.Kind != StageKind.Withdrawn))),
                request.Page, PageSize, ct);
            return new Model(request, page, user.IsInRole(Roles.Hr));
        }
    }
}
