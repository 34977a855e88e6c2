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

    public class Handler(ErmDbContext db, IClock clock, KeptResults kept) : IRequestHandler<Query, Model>
    {
        /// <summary>
        /// The counts come from the figures the database keeps per department and status (a row each), the latest
        /// hires from the hire-date index read backwards: neither reads the whole organisation. The same for every HR
        /// viewer on a day, so kept until the people or departments are written.
        /// </summary>
        public Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            return kept.GetAsync((nameof(OrganisationFiguresCard), today), ["Employees", "Departments"], ct => FiguresAsync(today, ct), cancellationToken);
        }

        private async Task<Model> FiguresAsync(DateOnly today, CancellationToken ct)
        {
            var figures = await db.Set<HeadcountFigure>().Where(f => f.Count != 0)
                .Select(f => new { f.Status, Department = f.Department.Name, f.Count }).ToListAsync(ct);
            var byStatus = figures.GroupBy(f => f.Status).ToDictionary(g => g.Key, g => g.Sum(f => f.Count));
            var byDepartment = figures.Where(f => f.Status != EmployeeStatus.Left).GroupBy(f => f.Department)
                .Select(g => new Count(g.Key, g.Sum(f => f.Count)));
            var recent = await db.Employees.Where(e => e.Status != EmployeeStatus.Left && e.HireDate <= today)
                .OrderByDescending(e => e.HireDate).ThenByDescending(e => e.Id).Take(5)
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
