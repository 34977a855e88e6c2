using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Statements;

/// <summary>
/// What the organisation paid, in the ledger: how much the salary grew over each year, the bonuses and allowances
/// paid and what the benefits cost the employer. Three queries whatever the number of people: salaries, bonuses
/// (added up in SQL) and the monthly arrangements, which are counted by month here.
/// </summary>
public class PayLedgerSource(ErmDbContext db) : ILedgerSource
{
    public static readonly LedgerKind PayGrowth = new("Pay growth", LedgerSide.Received, LedgerFigure.Percent, "bi-graph-up-arrow", 10);
    public static readonly LedgerKind Bonuses = new("Bonuses", LedgerSide.Received, LedgerFigure.Money, "bi-gift", 20);
    public static readonly LedgerKind Allowances = new("Allowances", LedgerSide.Received, LedgerFigure.Money, "bi-wallet2", 30);
    public static readonly LedgerKind Benefits = new("Benefits", LedgerSide.Received, LedgerFigure.Money, "bi-heart-pulse", 40);

    public IReadOnlyList<LedgerKind> Kinds => [PayGrowth, Bonuses, Allowances, Benefits];

    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(LedgerScope scope, CancellationToken ct)
    {
        var to = scope.To;
        var link = scope.PersonId is { } asked ? (scope.IsOwn ? "/me/pay" : $"/compensation/people/{asked}") : null;
        var lines = new List<LedgerLine>();

        var salaries = await db.Set<SalaryRecord>().Where(s => s.EffectiveOn <= to)
            .Join(scope.Members, s => s.EmployeeId, m => m.EmployeeId, (s, m) => new { m.GroupId, s.EmployeeId, s.EffectiveOn, s.AmountMinor, s.Currency, s.Frequency, s.CreatedAtUtc, s.Id, s.Reason })
            .ToListAsync(ct);
        foreach (var person in salaries.GroupBy(s => (s.GroupId, s.EmployeeId)))
            for (var year = scope.FromYear; year <= scope.ToYear; year++)
            {
                var records = person.Select(s => new SalarySpell(s.EffectiveOn, s.AmountMinor, s.Currency, s.Frequency, s.CreatedAtUtc, s.Id)).ToList();
                if (Growth(records, year, to) is not { } growth) continue;
                // The year's last change with a letter says what changed and why; without one, the pay page does.
                var lettered = person.Where(s => s.EffectiveOn.Year == year && s.EffectiveOn <= to && PayChangeLetter.Lettered.Contains(s.Reason))
                    .MaxBy(s => (s.EffectiveOn, s.CreatedAtUtc, s.Id));
                lines.Add(new LedgerLine(person.Key.GroupId, year, PayGrowth.Name, growth, 1,
                    Link: link is null ? null : lettered is null ? link : $"/compensation/people/{person.Key.EmployeeId}/letters/{lettered.Id}"));
            }

        var bonuses = await db.Set<Bonus>().Where(b => b.PaidOn >= scope.From && b.PaidOn <= to)
            .Join(scope.Members, b => b.EmployeeId, m => m.EmployeeId, (b, m) => new { m.GroupId, b.PaidOn.Year, b.Currency, b.AmountMinor })
            .GroupBy(b => new { b.GroupId, b.Year, b.Currency })
            .Select(g => new { g.Key.GroupId, g.Key.Year, g.Key.Currency, Amount = g.Sum(b => b.AmountMinor), Count = g.Count() })
            .ToListAsync(ct);
        lines.AddRange(bonuses.Select(b => new LedgerLine(b.GroupId, b.Year, Bonuses.Name, b.Amount, b.Count, b.Currency, link)));

        var allowances = await db.Set<Allowance>().Where(a => a.StartsOn <= to && (a.EndsOn == null || a.EndsOn >= scope.From))
            .Join(scope.Members, a => a.EmployeeId, m => m.EmployeeId, (a, m) => new { m.GroupId, Spell = new { a.StartsOn, a.EndsOn, a.MonthlyAmountMinor, a.Currency } })
            .ToListAsync(ct);
        lines.AddRange(Monthly(allowances.Select(a => (a.GroupId, new MonthlySpell(a.Spell.StartsOn, a.Spell.EndsOn, a.Spell.MonthlyAmountMinor, a.Spell.Currency))),
            Allowances, scope, link));

        var benefits = await db.Set<BenefitEnrolment>().Where(e => e.StartsOn <= to && (e.EndsOn == null || e.EndsOn >= scope.From))
            .Join(scope.Members, e => e.EmployeeId, m => m.EmployeeId, (e, m) => new
            {
                m.GroupId, e.StartsOn, e.EndsOn, e.Benefit.Currency,
                Monthly = e.Benefit.CostFrequency == PayFrequency.Annual ? e.Benefit.EmployerCostMinor / 12 : e.Benefit.EmployerCostMinor,
            })
            .ToListAsync(ct);
        lines.AddRange(Monthly(benefits.Select(b => (b.GroupId, new MonthlySpell(b.StartsOn, b.EndsOn, b.Monthly, b.Currency))), Benefits, scope, link));
        return lines;
    }

    /// <summary>
    /// The change of the salary over a year, in percent to one place: the salary at the year's end (or today) against
    /// the one in force when it began. None for someone who joined during the year, or whose currency changed.
    /// </summary>
    public static decimal? Growth(IReadOnlyList<SalarySpell> salaries, int year, DateOnly today)
    {
        var end = new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;
        var before = CurrentOn(salaries, new DateOnly(year - 1, 12, 31));
        var after = CurrentOn(salaries, end);
        if (before is null || after is null || before.Currency != after.Currency || before.AnnualMinor == 0) return null;
        return Math.Round(100m * (after.AnnualMinor - before.AnnualMinor) / before.AnnualMinor, 1, MidpointRounding.AwayFromZero);
    }

    private static SalarySpell? CurrentOn(IEnumerable<SalarySpell> salaries, DateOnly day) => salaries.Where(s => s.EffectiveOn <= day)
        .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id).FirstOrDefault();

    private static IEnumerable<LedgerLine> Monthly(IEnumerable<(int GroupId, MonthlySpell Spell)> spells, LedgerKind kind, LedgerScope scope, string? link) =>
        from s in spells
        from year in Enumerable.Range(scope.FromYear, scope.ToYear - scope.FromYear + 1)
        let amount = s.Spell.MonthlyMinor * RewardsArithmetic.MonthsPaid(s.Spell, year, scope.To)
        where amount != 0
        select new LedgerLine(s.GroupId, year, kind.Name, amount, 1, s.Spell.Currency, link);
}
