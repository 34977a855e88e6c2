using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>The careers page: every opening published for everyone (internal-only ones stay inside), the newest first.</summary>
public static class ListOpenings
{
    public const int PageSize = 20;

    public record Query : IRequest<Model>
    {
        /// <summary>Words of the title, the department or the location.</summary>
        public string? Search { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, string Title, string DepartmentName, string LocationName, EmploymentType EmploymentType, DateTime? PublishedAtUtc);

    public record Model(Query Query, Page<Row> Openings);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var openings = db.Set<Opening>().OnCareersPage();
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var pattern = LikePattern.Containing(request.Search.Trim());
                openings = openings.Where(o => EF.Functions.Like(o.Title, pattern, LikePattern.Escape)
                                               || EF.Functions.Like(o.Department.Name, pattern, LikePattern.Escape)
                                               || EF.Functions.Like(o.Location.Name, pattern, LikePattern.Escape));
            }
            var page = await openings.OrderByDescending(o => o.PublishedAtUtc).ThenByDescending(o => o.Id)
                .ToCappedPageAsync(rows => rows.Select(o => new Row(o.Id, o.Title, o.Department.Name, o.Location.Name, o.EmploymentType, o.PublishedAtUtc)),
                    request.Page, PageSize, ct);
            return new Model(request, page);
        }
    }
}

public static class CareersQueries
{
    /// <summary>What anyone may see and apply to from outside: published, and open to everyone rather than to employees only.</summary>
    public static IQueryable<Opening> OnCareersPage(this IQueryable<Opening> openings) =>
        openings.Where(o => o.Status == OpeningStatus.Published && o.Audience == OpeningAudience.Everyone);
}
