using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>Where a person's salary today sits against the band of their level in the salary's currency.</summary>
public record Placement(int EmployeeId, string Person, string? Position, int Level, long AnnualMinor, string Currency, PayBand? Band)
{
    public bool IsBelow => Band is not null && AnnualMinor < Band.MinimumMinor;
    public bool IsAbove => Band is not null && AnnualMinor > Band.MaximumMinor;
    public bool IsOutOfBand => IsBelow || IsAbove;
    public decimal? CompaRatio => Band?.CompaRatio(AnnualMinor);

    /// <summary>How far outside the band, from the edge it crossed, in percent of that edge: negative below, positive above.</summary>
    public decimal Outside => Band is null ? 0
        : IsBelow ? Percent(AnnualMinor - Band.MinimumMinor, Band.MinimumMinor)
        : IsAbove ? Percent(AnnualMinor - Band.MaximumMinor, Band.MaximumMinor) : 0;

    private static decimal Percent(long difference, long edge) =>
        edge <= 0 ? 0 : Math.Round(100m * difference / edge, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// Everyone still employed placed against their band, in two queries whatever the headcount: the bands, and each person
/// with their salary in force today (the latest record effective on or before it, of one day the one written last).
/// </summary>
public class BandPlacements(ErmDbContext db, IClock clock)
{
    public async Task<(IReadOnlyList<PayBand> Bands, IReadOnlyList<Placement> People)> ReadAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var bands = await db.Set<PayBand>().AsNoTracking().OrderBy(b => b.Level).ThenBy(b => b.Currency).ToListAsync(ct);
        var people = await db.Employees.Where(e => e.Status != EmployeeStatus.Left)
            .Select(e => new
            {
                e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title, e.Position.Level,
                Salary = db.Set<SalaryRecord>().Where(s => s.EmployeeId == e.Id && s.EffectiveOn <= today)
                    .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id)
                    .Select(s => new { s.AmountMinor, s.Currency, s.Frequency }).FirstOrDefault(),
            })
            .Where(p => p.Salary != null)
            .ToListAsync(ct);
        var byLevel = bands.ToDictionary(b => (b.Level, b.Currency));
        return (bands, people.Select(p => new Placement(p.Id, p.Name, p.Title, p.Level, PayMath.Annualise(p.Salary!.AmountMinor, p.Salary.Frequency),
            p.Salary.Currency, byLevel.GetValueOrDefault((p.Level, p.Salary.Currency)))).ToList());
    }
}
