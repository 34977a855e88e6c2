using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>An opening as the careers page shows it; "not found" for one that is not published for everyone.</summary>
public static class GetOpening
{
    public record Query(int Id) : IRequest<Details>;

    /// <summary><see cref="DescriptionHtml"/> is sanitised again when shown.</summary>
    public record Details(int Id, string Title, string DescriptionHtml, string DepartmentName, string LocationName, EmploymentType EmploymentType,
        DateTime? PublishedAtUtc);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Details>
    {
        public async Task<Details> Handle(Query request, CancellationToken ct) =>
            await db.Set<Opening>().OnCareersPage().Where(o => o.Id == request.Id)
                .Select(o => new Details(o.Id, o.Title, o.DescriptionHtml, o.Department.Name, o.Location.Name, o.EmploymentType, o.PublishedAtUtc))
                .FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
    }
}
