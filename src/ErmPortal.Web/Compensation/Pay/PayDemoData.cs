using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Pay;

/// <summary>
/// The demo organisation's pay, for everyone, so the pay pages, the cycles and pay equity have true figures: a band per
/// level in euros; for each person a hire salary, a merit raise each April of the last three years (a promotion's raise
/// on the day of each promotion), a performance bonus each March for most, allowances and benefit enrolments. A few
/// salaries sit outside their band, and one of the demo manager's reports has a market adjustment coming in two weeks.
/// Women in Finance are paid a little less than men at the same level, so pay equity has a gap to show.
/// </summary>
public class PayDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the organisation and its job history; before anything that reads pay (cycles, statements).</summary>
    public int Order => 300;

    public const string Currency = "EUR";

    /// <summary>The annual midpoint of each level, in euros: 20% more for each level up.</summary>
    public static long MidpointMinor(int level) => (long)Math.Round(32_000 * Math.Pow(1.2, Math.Max(1, level) - 1) / 500) * 500 * 100;

    public static IEnumerable<PayBand> Bands() => Enumerable.Range(1, 10).Select(level =>
    {
        var mid = MidpointMinor(level);
        return new PayBand { Level = level, Currency = Currency, MinimumMinor = mid * 8 / 10, MidpointMinor = mid, MaximumMinor = mid * 12 / 10 };
    });

    public static IEnumerable<Benefit> Catalogue() =>
    [
        new() { Name = "Health insurance", Category = BenefitCategory.Health, EmployerCostMinor = 18_000, Currency = Currency, Description = "Private medical cover for you and your family." },
        new() { Name = "Company pension", Category = BenefitCategory.Pension, EmployerCostMinor = 25_000, Currency = Currency, Description = "The organisation adds to your pension every month." },
        new() { Name = "Meal vouchers", Category = BenefitCategory.Meal, EmployerCostMinor = 14_000, Currency = Currency, Description = "A voucher for each working day." },
        new() { Name = "Public transport pass", Category = BenefitCategory.Transport, EmployerCostMinor = 4_000, Currency = Currency },
        new() { Name = "Life insurance", Category = BenefitCategory.Life, EmployerCostMinor = 18_000, CostFrequency = PayFrequency.Annual, Currency = Currency },
        new() { Name = "Gym and wellbeing", Category = BenefitCategory.Wellbeing, EmployerCostMinor = 3_000, Currency = Currency },
        new() { Name = "Childcare support", Category = BenefitCategory.Childcare, EmployerCostMinor = 20_000, Currency = Currency },
    ];

    private record Person(int Id, int? ManagerId, int Level, DateOnly HireDate, EmploymentType Type, EmployeeStatus Status, DateOnly? LastDay, string Email,
        bool PaidLess);

    /// <summary>The department whose women the demo pays about 5% less than its men: a gap as real organisations find them.</summary>
    public const string DepartmentWithGap = "Finance";

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var today = clock.Today;
        var now = clock.UtcNow;
        var random = new Random(300);
        var people = await db.Employees.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new Person(e.Id, e.ManagerId, e.Position.Level, e.HireDate, e.EmploymentType, e.Status, e.LastDay, e.WorkEmail,
                e.Gender == Gender.Female && e.Department.Name == DepartmentWithGap)).ToListAsync(ct);
        if (people.Count == 0) return;
        var promotions = (await db.JobChanges.AsNoTracking().Where(j => j.Kind == JobChangeKind.Promotion && j.AppliedOn != null)
            .Select(j => new { j.EmployeeId, j.EffectiveDate }).ToListAsync(ct)).ToLookup(j => j.EmployeeId, j => j.EffectiveDate);

        using var rows = new DemoRows(db);
        rows.AddRange(Bands());
        rows.Add(new PayPolicy { BandDisplay = BandDisplay.Zone });
        var benefits = Catalogue().Select(rows.Add).ToList();

        var manager = people.FirstOrDefault(p => p.Email == "manager@" + Seeding.OrganisationSeeder.DemoDomain);
        var adjusted = manager is null ? null : people.FirstOrDefault(p => p.ManagerId == manager.Id && p.Status != EmployeeStatus.Left);
        foreach (var person in people)
        {
            var until = person.Status == EmployeeStatus.Left && person.LastDay is { } last ? last : today;
            var frequency = person.Type switch { EmploymentType.Contractor => PayFrequency.Hourly, EmploymentType.Intern => PayFrequency.Monthly, _ => PayFrequency.Annual };
            Salaries(rows, person, frequency, promotions[person.Id], until, now, random);
            Extras(rows, person, until, random);
            Enrolments(rows, person, benefits, until, random);
            if (person == adjusted)
                rows.Add(new SalaryRecord
                {
                    EmployeeId = person.Id, EffectiveOn = today.AddDays(14), AmountMinor = Round(MidpointMinor(person.Level), frequency), Currency = Currency,
                    Frequency = frequency, Reason = SalaryChangeReason.MarketAdjustment, CreatedAtUtc = now, Note = "Brought to the midpoint of the band.",
                });
        }
    }

    /// <summary>Works back from today's salary, so where people sit in their band is chosen rather than the sum of chance raises.</summary>
    private static void Salaries(DemoRows rows, Person person, PayFrequency frequency, IEnumerable<DateOnly> promotionDays, DateOnly until, DateTime now, Random random)
    {
        var roll = random.NextDouble();
        var place = roll < 0.03 ? 0.74 : roll > 0.97 ? 1.27 : 0.84 + random.NextDouble() * 0.3;
        if (person.PaidLess) place *= 0.95;
        var annualToday = (long)(MidpointMinor(person.Level) * place);

        var changes = new List<(DateOnly Day, SalaryChangeReason Reason, decimal Percent)>();
        for (var year = until.Year - 2; year <= until.Year; year++)
        {
            var april = new DateOnly(year, 4, 1);
            if (april > person.HireDate.AddMonths(6) && april <= until)
                changes.Add((april, SalaryChangeReason.Merit, 1.5m + random.Next(0, 8) * 0.5m));
        }
        foreach (var day in promotionDays.Where(d => d > person.HireDate && d <= until && d > until.AddYears(-3)))
            changes.Add((day, SalaryChangeReason.Promotion, 8 + random.Next(0, 5)));
        changes.Sort((a, b) => a.Day.CompareTo(b.Day));

        var annual = (decimal)annualToday;
        foreach (var change in changes) annual /= 1 + change.Percent / 100m;
        var amount = Round((long)annual, frequency);
        Write(rows, person.Id, person.HireDate, amount, frequency, SalaryChangeReason.Hire, now, until);
        foreach (var change in changes)
        {
            // Whole euros a year or a month, as payroll states them; cents an hour.
            amount = frequency == PayFrequency.Hourly ? PayMath.Raise(amount, change.Percent) : PayMath.Raise(amount, change.Percent) / 100 * 100;
            Write(rows, person.Id, change.Day, amount, frequency, change.Reason, now, until);
        }
    }

    private static void Write(DemoRows rows, int employeeId, DateOnly day, long amountMinor, PayFrequency frequency, SalaryChangeReason reason, DateTime now, DateOnly today)
    {
        var record = new SalaryRecord
        {
            EmployeeId = employeeId, EffectiveOn = day, AmountMinor = amountMinor, Currency = Currency, Frequency = frequency, Reason = reason,
            CreatedAtUtc = day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc) < now ? day.AddDays(-10).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc) : now,
        };
        if (day <= today) record.Apply(day, null);
        rows.Add(record);
    }

    /// <summary>An annual amount in the unit it is paid in, rounded as payroll would: whole euros a month, cents an hour, hundreds a year.</summary>
    private static long Round(long annualMinor, PayFrequency frequency) => frequency switch
    {
        PayFrequency.Monthly => annualMinor / 12 / 100 * 100,
        PayFrequency.Hourly => annualMinor / PayMath.HoursPerYear,
        _ => annualMinor / 10_000 * 10_000,
    };

    private static void Extras(DemoRows rows, Person person, DateOnly until, Random random)
    {
        var salary = MidpointMinor(person.Level);
        for (var year = until.Year - 2; year <= until.Year; year++)
        {
            var march = new DateOnly(year, 3, 28);
            if (march > person.HireDate.AddYears(1) && march <= until && random.NextDouble() < 0.6)
                rows.Add(new Bonus { EmployeeId = person.Id, PaidOn = march, Kind = BonusKind.Performance, AmountMinor = salary * (4 + random.Next(0, 9)) / 100 / 100 * 100, Currency = Currency, CreatedAtUtc = DateTime.UnixEpoch });
        }
        if (person.HireDate > until.AddYears(-1) && random.NextDouble() < 0.3)
            rows.Add(new Bonus { EmployeeId = person.Id, PaidOn = person.HireDate, Kind = BonusKind.Signing, AmountMinor = 200_000, Currency = Currency, Note = "Paid with the first salary.", CreatedAtUtc = DateTime.UnixEpoch });
        if (random.NextDouble() < 0.1)
            rows.Add(new Bonus { EmployeeId = person.Id, PaidOn = until.AddDays(-random.Next(20, 300)), Kind = BonusKind.Spot, AmountMinor = 50_000, Currency = Currency, Note = "For going well beyond the brief.", CreatedAtUtc = DateTime.UnixEpoch });

        if (random.NextDouble() < 0.4)
            rows.Add(new Allowance { EmployeeId = person.Id, Kind = AllowanceKind.RemoteWork, MonthlyAmountMinor = 3_000, Currency = Currency, StartsOn = Later(person.HireDate, until.AddYears(-2)), EndsOn = End(person, until) });
        if (random.NextDouble() < 0.25)
            rows.Add(new Allowance { EmployeeId = person.Id, Kind = AllowanceKind.Transport, MonthlyAmountMinor = 6_000, Currency = Currency, StartsOn = person.HireDate, EndsOn = End(person, until) });
        if (person.Level >= 5)
            rows.Add(new Allowance { EmployeeId = person.Id, Kind = AllowanceKind.Phone, MonthlyAmountMinor = 2_500, Currency = Currency, StartsOn = person.HireDate, EndsOn = End(person, until) });
    }

    private static void Enrolments(DemoRows rows, Person person, List<Benefit> benefits, DateOnly until, Random random)
    {
        double[] shares = [0.95, 0.85, 0.7, 0.3, 0.5, 0.25, 0.1];
        for (var i = 0; i < benefits.Count; i++)
        {
            if (random.NextDouble() >= shares[i]) continue;
            // The wellbeing benefit came last year; the others have been there since people joined.
            var starts = benefits[i].Category == BenefitCategory.Wellbeing ? Later(person.HireDate, new DateOnly(until.Year - 1, 1, 1)) : person.HireDate;
            if (starts > until) continue;
            rows.Add(new BenefitEnrolment { EmployeeId = person.Id, BenefitId = benefits[i].Id, StartsOn = starts, EndsOn = End(person, until) });
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly? End(Person person, DateOnly until) => person.Status == EmployeeStatus.Left ? until : null;
}
