using ErmPortal.Data.Compensation;

namespace ErmPortal.Web.Compensation.Statements;

/// <summary>A salary as it stood from its effective day: what <see cref="RewardsArithmetic.BasePaid"/> pro-rates.</summary>
public record SalarySpell(DateOnly EffectiveOn, long AmountMinor, string Currency, PayFrequency Frequency, DateTime CreatedAtUtc, int Id)
{
    public long AnnualMinor => PayMath.Annualise(AmountMinor, Frequency);
}

/// <summary>Something paid monthly from one day to another (an allowance, a benefit's cost to the employer).</summary>
public record MonthlySpell(DateOnly StartsOn, DateOnly? EndsOn, long MonthlyMinor, string Currency);

/// <summary>A one-off payment (a bonus, recognition with a value) on its day.</summary>
public record Payment(DateOnly PaidOn, long AmountMinor, string Currency);

/// <summary>Training the person completed and the employer paid for.</summary>
public record CompletedTraining(DateOnly CompletedOn, decimal Hours, long CostMinor, string Currency);

/// <summary>Everything a statement is made of, for one person, as records; <see cref="RewardsArithmetic"/> reads a year out of it.</summary>
public record RewardsRecords(IReadOnlyList<SalarySpell> Salaries, IReadOnlyList<Payment> Bonuses, IReadOnlyList<MonthlySpell> Allowances,
    IReadOnlyList<MonthlySpell> Benefits, IReadOnlyList<CompletedTraining> Trainings, IReadOnlyList<Payment> Recognition);

/// <summary>A year's rewards in one currency: each part and their total, in minor units.</summary>
public record CurrencyRewards(string Currency, long BasePay, long Bonuses, long Allowances, long Benefits, long Training, long Recognition)
{
    public long Total => BasePay + Bonuses + Allowances + Benefits + Training + Recognition;
}

/// <summary>A year's statement: one set of figures per currency (amounts in different currencies are never added) and the training hours.</summary>
public record YearRewards(int Year, IReadOnlyList<CurrencyRewards> Currencies, decimal TrainingHours, int Trainings)
{
    public CurrencyRewards? In(string currency) => Currencies.FirstOrDefault(c => c.Currency == currency);
}

/// <summary>
/// The arithmetic of a total rewards statement: what was actually paid or spent for a person in a calendar year, up to
/// a last day (today, or the day they left), so nothing dated later counts: not a salary written ahead, not the months
/// of an allowance still to come. Amounts stay in their currency; each total is rounded once, at the end.
/// </summary>
public static class RewardsArithmetic
{
    /// <summary>
    /// The base pay of the year: each salary for the part of the year it was in force, as payroll pays it: a twelfth of
    /// the annual amount for each whole month, and for a month it covers in part, the share of that month's days.
    /// </summary>
    public static IReadOnlyDictionary<string, long> BasePaid(IEnumerable<SalarySpell> salaries, int year, DateOnly lastDay)
    {
        var ordered = salaries.Where(s => s.EffectiveOn <= lastDay)
            .OrderBy(s => s.EffectiveOn).ThenBy(s => s.CreatedAtUtc).ThenBy(s => s.Id).ToList();
        var paid = new Dictionary<string, decimal>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var salary = ordered[i];
            var from = Later(salary.EffectiveOn, new DateOnly(year, 1, 1));
            var until = Earlier(i + 1 < ordered.Count ? ordered[i + 1].EffectiveOn.AddDays(-1) : DateOnly.MaxValue, Earlier(lastDay, new DateOnly(year, 12, 31)));
            if (from > until) continue;
            paid[salary.Currency] = paid.GetValueOrDefault(salary.Currency) + salary.AnnualMinor / 12m * MonthsBetween(from, until);
        }
        return paid.ToDictionary(p => p.Key, p => Round(p.Value));
    }

    /// <summary>The months from one day to another within a year, a month covered in part counting by its days.</summary>
    public static decimal MonthsBetween(DateOnly from, DateOnly until)
    {
        var months = 0m;
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= until; month = month.AddMonths(1))
        {
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            var first = Later(from, month);
            var last = Earlier(until, month.AddDays(days - 1));
            months += (last.DayNumber - first.DayNumber + 1) / (decimal)days;
        }
        return months;
    }

    /// <summary>A year's statement, per currency, counting nothing after <paramref name="lastDay"/>.</summary>
    public static YearRewards Year(RewardsRecords records, int year, DateOnly lastDay)
    {
        bool InYear(DateOnly day) => day.Year == year && day <= lastDay;
        var basePay = BasePaid(records.Salaries, year, lastDay);
        var bonuses = Sum(records.Bonuses.Where(b => InYear(b.PaidOn)), b => b.Currency, b => b.AmountMinor);
        var allowances = Sum(records.Allowances, a => a.Currency, a => a.MonthlyMinor * MonthsPaid(a, year, lastDay));
        var benefits = Sum(records.Benefits, b => b.Currency, b => b.MonthlyMinor * MonthsPaid(b, year, lastDay));
        var trainings = records.Trainings.Where(t => InYear(t.CompletedOn)).ToList();
        var training = Sum(trainings, t => t.Currency, t => t.CostMinor);
        var recognition = Sum(records.Recognition.Where(r => InYear(r.PaidOn)), r => r.Currency, r => r.AmountMinor);

        var currencies = basePay.Keys.Concat(bonuses.Keys).Concat(allowances.Keys).Concat(benefits.Keys).Concat(training.Keys).Concat(recognition.Keys)
            .Distinct().Select(c => new CurrencyRewards(c, basePay.GetValueOrDefault(c), bonuses.GetValueOrDefault(c), allowances.GetValueOrDefault(c),
                benefits.GetValueOrDefault(c), training.GetValueOrDefault(c), recognition.GetValueOrDefault(c)))
            .Where(c => c.Total != 0)
            .OrderByDescending(c => c.Total).ThenBy(c => c.Currency, StringComparer.Ordinal).ToList();
        return new YearRewards(year, currencies, trainings.Sum(t => t.Hours), trainings.Count);
    }

    /// <summary>The months of the year a monthly payment ran in, up to the last day: a month begun counts whole, as <see cref="Periods.MonthsIn"/> does.</summary>
    public static int MonthsPaid(MonthlySpell spell, int year, DateOnly lastDay) =>
        spell.StartsOn > lastDay ? 0 : Periods.MonthsIn(spell.StartsOn, Earlier(spell.EndsOn ?? lastDay, lastDay), year);

    /// <summary>The calendar years in which anything was paid, newest first, up to the last day's year.</summary>
    public static IReadOnlyList<int> YearsWithPay(RewardsRecords records, DateOnly lastDay)
    {
        var starts = records.Salaries.Select(s => s.EffectiveOn).Concat(records.Bonuses.Select(b => b.PaidOn))
            .Concat(records.Allowances.Select(a => a.StartsOn)).Concat(records.Benefits.Select(b => b.StartsOn))
            .Where(d => d <= lastDay).ToList();
        if (starts.Count == 0) return [];
        return Enumerable.Range(starts.Min().Year, lastDay.Year - starts.Min().Year + 1).Reverse().ToList();
    }

    private static Dictionary<string, long> Sum<T>(IEnumerable<T> items, Func<T, string> currency, Func<T, long> amount) =>
        items.GroupBy(currency).ToDictionary(g => g.Key, g => g.Sum(amount));

    private static long Round(decimal amount) => (long)Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
