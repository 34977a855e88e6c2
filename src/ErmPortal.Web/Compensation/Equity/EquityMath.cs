namespace ErmPortal.Web.Compensation.Equity;

/// <summary>A group's pay, or nothing when it is too small to show without pointing at a person.</summary>
public record GroupPay(int Headcount, long MedianMinor, long AverageMinor, decimal? CompaRatio);

/// <summary>
/// The arithmetic of pay equity, with its one rule of confidentiality: a group's pay is shown only when at least
/// <see cref="MinimumGroup"/> people are in it, so no figure is ever one person's salary or close to it.
/// </summary>
public static class EquityMath
{
    public const int MinimumGroup = 5;

    /// <summary>The group's headcount, median and average annual salary and average compa-ratio; none under five people.</summary>
    public static GroupPay? Of(IReadOnlyCollection<(long AnnualMinor, decimal? CompaRatio)> people)
    {
        if (people.Count < MinimumGroup) return null;
        var ratios = people.Where(p => p.CompaRatio is not null).Select(p => p.CompaRatio!.Value).ToList();
        return new GroupPay(people.Count, Median(people.Select(p => p.AnnualMinor).ToList()),
            (long)Math.Round(people.Average(p => (decimal)p.AnnualMinor), 0, MidpointRounding.AwayFromZero),
            ratios.Count == 0 ? null : Math.Round(ratios.Average(), 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>The middle salary, or the mean of the two middle ones, rounded to the minor unit.</summary>
    public static long Median(IReadOnlyList<long> amounts)
    {
        if (amounts.Count == 0) throw new ArgumentException("A median needs at least one amount.", nameof(amounts));
        var sorted = amounts.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (long)Math.Round((sorted[middle - 1] + (decimal)sorted[middle]) / 2, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary>How far a group's median is below the reference group's (the larger one), in percent of the reference's median; negative when above.</summary>
    public static decimal Gap(long referenceMedianMinor, long medianMinor) => referenceMedianMinor == 0 ? 0
        : Math.Round(100m * (referenceMedianMinor - medianMinor) / referenceMedianMinor, 1, MidpointRounding.AwayFromZero);
}
