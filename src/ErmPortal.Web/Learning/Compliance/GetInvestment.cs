using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// Training investment, the employer-gives side: the hours and cost of the training people completed in a year, per
/// department, and per person within a department. Only passed, confirmed records count. HR sees every department; a
/// manager sees the people of their reporting line. A person counts in their department of today. Costs are summed per
/// currency: records kept in another currency are shown beside, never added to, the euros.
/// </summary>
public static class GetInvestment
{
    public record Query : IRequest<Model>
    {
        public int? Year { get; init; }
        public int? DepartmentId { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Money(decimal Amount, string Currency);

    public record Group(int Id, string Name, int People, int Records, decimal Hours, IReadOnlyList<Money> Cost);

    public record Model(int Year, IReadOnlyList<int> Years, bool IsWholeOrganisation, IReadOnlyList<Group> Departments, Group Total,
        string? ChartCurrency, Group? Department, Page<Group>? Employees);

    private sealed record Cost(int Id, string Currency, decimal Amount);

    /// <summary>A department or person, and a currency: what costs are summed by.</summary>
    private sealed class CostKey
    {
        public int Id { get; init; }
        public required string Currency { get; init; }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var isHr = user.IsInRole(Roles.Hr);
            var records = db.Set<TrainingRecord>().Where(r => r.Passed && r.ConfirmedAtUtc != null);
            if (!isHr)
            {
                var me = user.EmployeeId ?? -1;
                var team = db.Below(me).Select(s => s.Id);
                records = records.Where(r => team.Contains(r.EmployeeId));
            }
            var years = await records.Select(r => r.CompletedOn.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
            var year = request.Year is { } asked && years.Contains(asked) ? asked : years.Count > 0 ? years[0] : clock.Today.Year;
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var inYear = records.Where(r => r.CompletedOn >= from && r.CompletedOn <= to);

            var figures = await inYear.GroupBy(r => r.Employee.DepartmentId)
                .Select(g => new { Id = g.Key, People = g.Select(r => r.EmployeeId).Distinct().Count(), Records = g.Count(), Hours = g.Sum(r => r.Hours) })
                .ToListAsync(ct);
            var costs = await CostsAsync(inYear.GroupBy(r => new CostKey { Id = r.Employee.DepartmentId, Currency = r.Currency }), ct);
            var ids = figures.Select(s => s.Id).ToList();
            var names = await db.Departments.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var departments = figures.Select(f => new Group(f.Id, names[f.Id], f.People, f.Records, f.Hours, Costs(costs, f.Id)))
                .OrderBy(g => g.Name).ToList();
            var people = await inYear.Select(r => r.EmployeeId).Distinct().CountAsync(ct);
            var total = new Group(0, "", people, figures.Sum(f => f.Records), figures.Sum(f => f.Hours), Costs(costs, null));

            Group? department = null;
            Page<Group>? employees = null;
            if (request.DepartmentId is { } departmentId && departments.FirstOrDefault(d => d.Id == departmentId) is { } chosen)
            {
                department = chosen;
                var ofDepartment = inYear.Where(r => r.Employee.DepartmentId == departmentId);
                var page = await ofDepartment.GroupBy(r => r.EmployeeId)
                    .Select(g => new { Id = g.Key, Records = g.Count(), Hours = g.Sum(r => r.Hours) })
                    .OrderByDescending(g => g.Hours).ThenBy(g => g.Id)
                    .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
                var onPage = page.Items.Select(p => p.Id).ToList();
                var onPageCosts = await CostsAsync(ofDepartment.Where(r => onPage.Contains(r.EmployeeId)).GroupBy(r => new CostKey { Id = r.EmployeeId, Currency = r.Currency }), ct);
                var personNames = await Names.PeopleAsync(db, onPage, ct);
                employees = page.WithItems(page.Items.Select(p => new Group(p.Id, personNames[p.Id].Name, 1, p.Records, p.Hours,
                    Costs(onPageCosts, p.Id))).ToList());
            }
            // The chart draws one currency: the one most was spent in (euros unless the records say otherwise).
            var chartCurrency = costs.GroupBy(s => s.Currency).OrderByDescending(g => g.Sum(c => c.Amount)).Select(g => g.Key).FirstOrDefault();
            return new Model(year, years, isHr, departments, total, chartCurrency, department, employees);
        }

        private static Task<List<Cost>> CostsAsync(IQueryable<IGrouping<CostKey, TrainingRecord>> groups, CancellationToken ct) =>
            groups.Select(g => new Cost(g.Key.Id, g.Key.Currency, g.Sum(r => r.Cost))).ToListAsync(ct);

        /// <summary>A group's costs per currency (every group's for none), the largest first.</summary>
        private static List<Money> Costs(List<Cost> costs, int? id) => costs.Where(c => id is null || c.Id == id).GroupBy(c => c.Currency)
            .Select(g => new Money(g.Sum(c => c.Amount), g.Key)).Where(m => m.Amount != 0).OrderByDescending(m => m.Amount).ToList();
    }
}
