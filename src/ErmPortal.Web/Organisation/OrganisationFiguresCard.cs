using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>HR's home-page card: headcount, people by status and department, and the latest hires.</summary>
public class OrganisationFiguresCard(IMediator mediator) : ViewComponent
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>;

    public record Count(string Label, int Value);

    public record RecentHire(int Id, string Name, string DepartmentName, DateOnly HireDate);

    /// <summary><see cref="ByStatus"/> leaves out Active (the bulk of the headcount) and Left (not counted).</summary>
    public record Model(int Headcount, IReadOnlyList<(EmployeeStatus Status, int Count)> ByStatus, IReadOnlyList<Count> ByDepartment,
        IReadOnlyList<RecentHire> RecentHires);

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Organisation/OrganisationFiguresCard.cshtml", await mediator.Send(new Query()));

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var byStatus = await db.Employees.GroupBy(e => e.Status)
                .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
            var current = db.Employees.Where(e => e.Status != EmployeeStatus.Left);
            var byDepartment = await current.GroupBy(e => e.Department.Name)
                .Select(g => new Count(g.Key, g.Count())).ToListAsync(ct);
            var today = clock.Today;
            var recent = await current.Where(e => e.HireDate <= today).OrderByDescending(e => e.HireDate).ThenByDescending(e => e.Id).Take(5)
                .Select(e => new RecentHire(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Department.Name, e.HireDate))
                .ToListAsync(ct);
            return new Model(
                byStatus.Where(s => s.Key != EmployeeStatus.Left).Sum(s => s.Value),
                Enum.GetValues<EmployeeStatus>().Where(s => s is not (EmployeeStatus.Active or EmployeeStatus.Left))
                    .Select(s => (s, byStatus.GetValueOrDefault(s))).ToList(),
                byDepartment.OrderByDescending(d => d.Value).ThenBy(d => d.Label).ToList(),
                recent);
        }
    }
}
