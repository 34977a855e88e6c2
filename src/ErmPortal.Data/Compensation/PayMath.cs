namespace ErmPortal.Data.Compensation;

/// <summary>The arithmetic of pay, in minor units, with one rounding rule: half away from zero, once, at the end.</summary>
public static class PayMath
{
    /// <summary>The paid hours of a full-time year (52 weeks of 40 hours), to compare hourly pay with annual bands.</summary>
    public const int HoursPerYear = 2080;

    public static long Annualise(long amountMinor, PayFrequency frequency) => frequency switch
    {
        PayFrequency.Annual => amountMinor,
        PayFrequency.Monthly => amountMinor * 12,
        PayFrequency.Hourly => amountMinor * HoursPerYear,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>Salary over midpoint, to two places; 0 when the band has no midpoint.</summary>
    public static decimal CompaRatio(long annualMinor, long midpointMinor) =>
        midpointMinor <= 0 ? 0 : Math.Round((decimal)annualMinor / midpointMinor, 2, MidpointRounding.AwayFromZero);

    /// <summary>The salary's place from the band's minimum (0) to its maximum (100), in whole percent; 50 for a band of one amount.</summary>
    public static decimal PositionInBand(long annualMinor, long minimumMinor, long maximumMinor) =>
        maximumMinor <= minimumMinor ? 50 : Math.Round(100m * (annualMinor - minimumMinor) / (maximumMinor - minimumMinor), 0, MidpointRounding.AwayFromZero);

    /// <summary>A raise of <paramref name="percent"/> on an amount, rounded to the minor unit half away from zero.</summary>
    public static long Raise(long amountMinor, decimal percent) =>
        (long)Math.Round(amountMinor * (1 + percent / 100m), 0, MidpointRounding.AwayFromZero);

    /// <summary>An amount in minor units as the major unit it is shown in (cents as euros).</summary>
    public static decimal Major(long amountMinor) => amountMinor / 100m;

    /// <summary>An amount typed in the major unit as minor units, half away from zero.</summary>
    public static long Minor(decimal amount) => (long)Math.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>The share of a payroll a budget percentage allows, rounded down to the minor unit so a budget is never exceeded by rounding.</summary>
    public static long Budget(long payrollMinor, decimal percent) => (long)Math.Floor(payrollMinor * percent / 100m);
}

/// <summary>Reading an employee's salary records as a history.</summary>
public static class SalaryHistory
{
    /// <summary>
    /// The salary in force on <paramref name="day"/>: the latest record effective on or before it (of two on the same day,
    /// the one written last); null before the first.
    /// </summary>
    public static SalaryRecord? CurrentOn(IEnumerable<SalaryRecord> records, DateOnly day) => records
        .Where(r => r.EffectiveOn <= day)
        .OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
        .FirstOrDefault();

    /// <summary>The records in the order they took effect (of two on one day, the one written first first).</summary>
    public static List<SalaryRecord> InOrder(IEnumerable<SalaryRecord> records) =>
        records.OrderBy(r => r.EffectiveOn).ThenBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).ToList();

    /// <summary>The record <paramref name="record"/> replaced; null for the first.</summary>
    public static SalaryRecord? Before(IEnumerable<SalaryRecord> records, SalaryRecord record)
    {
        var ordered = InOrder(records);
        var index = ordered.FindIndex(r => r.Id == record.Id);
        return index > 0 ? ordered[index - 1] : null;
    }

    /// <summary>The change from one salary to the next over a year, in percent to one place; none across currencies.</summary>
    public static decimal? ChangePercent(SalaryRecord? previous, SalaryRecord record) =>
        previous is null || previous.Currency != record.Currency || previous.AnnualMinor == 0 ? null
            : Math.Round(100m * (record.AnnualMinor - previous.AnnualMinor) / previous.AnnualMinor, 1, MidpointRounding.AwayFromZero);

    /// <summary>The day of the last raise before or on <paramref name="day"/>: a record paying more than the one before it.</summary>
    public static DateOnly? LastRaiseOn(IEnumerable<SalaryRecord> records, DateOnly day)
    {
        DateOnly? last = null;
        SalaryRecord? previous = null;
        foreach (var record in records.Where(r => r.EffectiveOn <= day).OrderBy(r => r.EffectiveOn).ThenBy(r => r.CreatedAtUtc).ThenBy(r => r.Id))
        {
            if (previous is not null && record.AnnualMinor > previous.AnnualMinor) last = record.EffectiveOn;
            previous = record;
        }
        return last;
    }
}
