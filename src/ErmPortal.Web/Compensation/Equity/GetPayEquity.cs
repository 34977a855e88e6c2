using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Equity;

/// <summary>
/// HR's view of pay equity: salaries today by level and department (headcount, median and average annual salary,
/// average compa-ratio), and within each level the gap between the groups people recorded their gender in, in percent
/// of the larger group's median. A group of fewer than five shows no pay at all, and no single salary is ever shown.
/// Optionally for one department. Four queries whatever the size of the organisation.
/// </summary>
public static class GetPayEquity
{
    public record Query(int? DepartmentId) : IRequest<Model>;

    public record Model(int? DepartmentId, IReadOnlyList<(int Id, string Name)> Departments, IReadOnlyList<LevelPay> Levels, IReadOnlyList<LevelGap> Gaps,
        int PeopleWithPay, int GenderNotRecorded);

    /// <summary>A level's pay in one currency, over all departments and in each.</summary>
    public record LevelPay(int Level, string Currency, int Headcount, GroupPay? All, IReadOnlyList<DepartmentPay> Departments);

    public record DepartmentPay(string Department, int Headcount, GroupPay? Pay);

    /// <summary>The gender groups of a level; <see cref="Reference"/> is the largest group shown, the others' gaps are against it.</summary>
    public record LevelGap(int Level, string Currency, IReadOnlyList<GenderPay> Groups)
    {
        public GenderPay? Reference => Groups.Where(g => g.Pay is not null).MaxBy(g => g.Pay!.Headcount);
    }

    /// <summary>A gender group at a level: its pay and gap, or nothing (not even its headcount) when under five.</summary>
    public record GenderPay(Gender Gender, GroupPay? Pay, decimal? Gap);

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
            var people = db.Employees.Where(e => e.Status != EmployeeStatus.Left
                                                 && (request.DepartmentId == null || e.DepartmentId == request.DepartmentId));
            var staff = await people.Select(e => new { e.Id, e.Position.Level, e.DepartmentId, e.Gender }).ToListAsync(ct);
            var salaries = (await db.Set<SalaryRecord>().Where(s => s.EffectiveOn <= today && people.Select(e => e.Id).Contains(s.EmployeeId))
                    .Select(s => new { s.EmployeeId, s.EffectiveOn, s.CreatedAtUtc, s.Id, s.AmountMinor, s.Currency, s.Frequency }).ToListAsync(ct))
                .GroupBy(s => s.EmployeeId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id).First());
            var bands = await db.Set<PayBand>().ToDictionaryAsync(b => (b.Level, b.Currency), ct);

            var paid = staff.Where(p => salaries.ContainsKey(p.Id)).Select(p =>
            {
                var salary = salaries[p.Id];
                var annual = PayMath.Annualise(salary.AmountMinor, salary.Frequency);
                var ratio = bands.TryGetValue((p.Level, salary.Currency), out var band) ? band.CompaRatio(annual) : (decimal?)null;
                return new { p.Level, p.DepartmentId, p.Gender, salary.Currency, Annual = annual, Ratio = ratio };
            }).ToList();
            var names = departments.ToDictionary(d => d.Id, d => d.Name);

            var levels = paid.GroupBy(p => (p.Level, p.Currency)).OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
                .Select(level => new LevelPay(level.Key.Level, level.Key.Currency, level.Count(), EquityMath.Of(level.Select(p => (p.Annual, p.Ratio)).ToList()),
                    level.GroupBy(p => p.DepartmentId).OrderBy(d => names[d.Key], StringComparer.CurrentCulture)
                        .Select(d => new DepartmentPay(names[d.Key], d.Count(), EquityMath.Of(d.Select(p => (p.Annual, p.Ratio)).ToList()))).ToList()))
                .ToList();

            var gaps = paid.Where(p => p.Gender is not null).GroupBy(p => (p.Level, p.Currency))
                .OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
                .Select(level =>
                {
                    var groups = Enum.GetValues<Gender>().Select(gender => new GenderPay(gender,
                        EquityMath.Of(level.Where(p => p.Gender == gender).Select(p => (p.Annual, p.Ratio)).ToList()), null)).ToList();
                    var reference = new LevelGap(level.Key.Level, level.Key.Currency, groups).Reference;
                    return new LevelGap(level.Key.Level, level.Key.Currency, groups
                        .Select(g => g.Pay is null || reference is null || g == reference ? g : g with { Gap = EquityMath.Gap(reference.Pay!.MedianMinor, g.Pay.MedianMinor) })
                        .ToList());
                })
                .ToList();
            return new Model(request.DepartmentId, departments.Select(d => (d.Id, d.Name)).ToList(), levels, gaps, paid.Count, paid.Count(p => p.Gender is null));
        }
    }
}
