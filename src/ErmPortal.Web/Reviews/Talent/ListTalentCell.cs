using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Talent;

/// <summary>The people in one cell of the 9-box, a page at a time, by name: only people the viewer looks after (<see cref="TalentScope"/>).</summary>
public static class ListTalentCell
{
    [RequireRole(Roles.Hr, Roles.Manager)]
    public record Query : IRequest<Model>
    {
        public Performance Performance { get; init; } = Performance.Medium;
        public Potential Potential { get; init; } = Potential.Medium;
        public int? DepartmentId { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int EmployeeId, string Person, string Department, string Position, int FinalRating, string Cycle);

    public record Model(Query Query, string? DepartmentName, Page<Row> People);

    public class Handler(ErmDbContext db, TalentScope scope) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var inCell = scope.Placements(request.DepartmentId).Where(p => p.Performance == request.Performance && p.Potential == request.Potential);
            var people = await inCell.Join(db.Employees, p => p.EmployeeId, e => e.Id, (p, e) => new { p, e })
                .OrderBy(x => x.e.LegalLastName).ThenBy(x => x.e.LegalFirstName).ThenBy(x => x.e.Id)
                .ToCappedPageAsync(rows => rows.Select(x => new Row(x.e.Id, (x.e.PreferredName ?? x.e.LegalFirstName) + " " + x.e.LegalLastName,
                        x.e.Department.Name, x.e.Position.Title, x.p.FinalRating,
                        db.Set<Review>().Where(r => r.Id == x.p.ReviewId).Select(r => r.Cycle.Name).First())),
                    request.Page, PagingExtensions.DefaultPageSize, ct);
            var department = request.DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(ct) : null;
            return new Model(request, department, people);
        }
    }
}
