using System.Globalization;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Compensation;

public enum BonusKind { Performance, Signing, Spot, Retention, Referral }

/// <summary>A one-off payment on a day, beside the salary: it counts in the year it is paid.</summary>
[AuditField(FieldVisibility.Pay, "Bonus")]
public class Bonus : Entity, IAudited, IAuditDescribed
{
    int IAudited.AuditedEmployeeId => EmployeeId;
    string IAuditDescribed.AuditDescription => $"{PaidOn:yyyy-MM-dd}: {AmountMinor} {Currency} ({Kind})";

    [NotAudited] public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    [AuditField(FieldVisibility.Pay, "Paid on")] public DateOnly PaidOn { get; set; }
    [AuditField(FieldVisibility.Pay, "Kind of bonus")] public BonusKind Kind { get; set; }
    [AuditField(FieldVisibility.Pay, "Amount")] public long AmountMinor { get; set; }
    [AuditField(FieldVisibility.Pay, "Pay currency")] public required string Currency { get; set; }
    [AuditField(FieldVisibility.Pay, "Note")] public string? Note { get; set; }
    [NotAudited] public DateTime CreatedAtUtc { get; set; }
}

public enum AllowanceKind { Housing, Transport, Meal, Phone, RemoteWork, Relocation, Other }

/// <summary>Pay that runs from one day until another (or until further notice) for one person.</summary>
public interface IPayPeriod
{
    int EmployeeId { get; }
    DateOnly StartsOn { get; }
    DateOnly? EndsOn { get; set; }
}

/// <summary>A monthly amount paid beside the salary from one day until another (or until further notice).</summary>
[AuditField(FieldVisibility.Pay, "Allowance")]
public class Allowance : Entity, IAudited, IAuditDescribed, IPayPeriod
{
    int IAudited.AuditedEmployeeId => EmployeeId;
    string IAuditDescribed.AuditDescription => $"{Kind}: {MonthlyAmountMinor} {Currency} a month from {StartsOn:yyyy-MM-dd}";

    [NotAudited] public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    [AuditField(FieldVisibility.Pay, "Kind of allowance")] public AllowanceKind Kind { get; set; }
    [AuditField(FieldVisibility.Pay, "Monthly amount")] public long MonthlyAmountMinor { get; set; }
    [AuditField(FieldVisibility.Pay, "Pay currency")] public required string Currency { get; set; }
    [AuditField(FieldVisibility.Pay, "Starts on")] public DateOnly StartsOn { get; set; }
    [AuditField(FieldVisibility.Pay, "Ends on")] public DateOnly? EndsOn { get; set; }
    [AuditField(FieldVisibility.Pay, "Note")] public string? Note { get; set; }

    /// <summary>What is paid in a calendar year: the amount for each month of the year the allowance runs in.</summary>
    public long PaidInYearMinor(int year) => MonthlyAmountMinor * Periods.MonthsIn(StartsOn, EndsOn, year);
}

public enum BenefitCategory { Health, Pension, Meal, Transport, Life, Wellbeing, Childcare, Other }

/// <summary>A benefit the organisation offers, with what it costs the employer for each person enrolled.</summary>
public class Benefit : Entity, IVersioned
{
    public required string Name { get; set; }
    public BenefitCategory Category { get; set; }
    public string? Description { get; set; }
    /// <summary>The employer's cost per enrolled person per <see cref="CostFrequency"/> (monthly or annual), in minor units.</summary>
    public long EmployerCostMinor { get; set; }
    public required string Currency { get; set; }
    public PayFrequency CostFrequency { get; set; } = PayFrequency.Monthly;
    /// <summary>Retired benefits take no new enrolments; existing ones keep their history.</summary>
    public bool IsOffered { get; set; } = true;
    public Guid Version { get; set; } = Guid.NewGuid();

    public long MonthlyCostMinor => CostFrequency == PayFrequency.Annual ? EmployerCostMinor / 12 : EmployerCostMinor;
}

/// <summary>A person's membership of a benefit from one day to another (or until further notice).</summary>
[AuditField(FieldVisibility.Pay, "Benefit enrolment")]
public class BenefitEnrolment : Entity, IAudited, IAuditDescribed, IPayPeriod
{
    int IAudited.AuditedEmployeeId => EmployeeId;
    string IAuditDescribed.AuditDescription => string.Create(CultureInfo.InvariantCulture, $"benefit {BenefitId} from {StartsOn:yyyy-MM-dd}");

    [NotAudited] public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    [AuditField(FieldVisibility.Pay, "Benefit")] public int BenefitId { get; set; }
    public Benefit Benefit { get; set; } = null!;
    [AuditField(FieldVisibility.Pay, "Starts on")] public DateOnly StartsOn { get; set; }
    [AuditField(FieldVisibility.Pay, "Ends on")] public DateOnly? EndsOn { get; set; }
}

/// <summary>Counting the months a dated arrangement runs in.</summary>
public static class Periods
{
    /// <summary>The months of <paramref name="year"/> in which something running from <paramref name="start"/> to <paramref name="end"/> (inclusive) is in force for at least a day.</summary>
    public static int MonthsIn(DateOnly start, DateOnly? end, int year)
    {
        var first = start.Year < year ? 1 : start.Year == year ? start.Month : 13;
        var last = end is null || end.Value.Year > year ? 12 : end.Value.Year == year ? end.Value.Month : 0;
        return Math.Max(0, last - first + 1);
    }
}

/// <summary>How an employee sees where their salary sits in its band on their own pay page; the organisation chooses.</summary>
public enum BandDisplay { Hidden, Zone, Position, FullRange }

/// <summary>The organisation's choices about what employees see of pay; one row.</summary>
public class PayPolicy : Entity, IVersioned
{
    public BandDisplay BandDisplay { get; set; } = BandDisplay.Zone;
    public Guid Version { get; set; } = Guid.NewGuid();
}
