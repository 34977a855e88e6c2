using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using MediatR;

namespace ErmPortal.Data.Compensation;

/// <summary>How often an amount is paid: the unit of a salary record and of a band.</summary>
public enum PayFrequency { Annual, Monthly, Hourly }

/// <summary>Why a salary record was written.</summary>
public enum SalaryChangeReason { Hire, Merit, Promotion, MarketAdjustment, Correction }

/// <summary>
/// One salary from its effective day until the next record's: the history is the records in order, never an edited
/// row. Amounts are in minor units (cents) of <see cref="Currency"/>, so sums and budgets never round twice. A record
/// effective in the future is written ahead and becomes the current salary on its day.
/// </summary>
[AuditField(FieldVisibility.Pay, "Salary")]
public class SalaryRecord : Entity, IAudited, IAuditDescribed
{
    int IAudited.AuditedEmployeeId => EmployeeId;
    string IAuditDescribed.AuditDescription => $"{EffectiveOn:yyyy-MM-dd}: {AmountMinor} {Currency} {Frequency} ({Reason})";

    [NotAudited] public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    [AuditField(FieldVisibility.Pay, "Effective on")] public DateOnly EffectiveOn { get; set; }
    [AuditField(FieldVisibility.Pay, "Amount")] public long AmountMinor { get; set; }
    /// <summary>ISO 4217 code.</summary>
    [AuditField(FieldVisibility.Pay, "Pay currency")] public required string Currency { get; set; }
    [AuditField(FieldVisibility.Pay, "Frequency")] public PayFrequency Frequency { get; set; }
    [AuditField(FieldVisibility.Pay, "Reason")] public SalaryChangeReason Reason { get; set; }
    [AuditField(FieldVisibility.Pay, "Note")] public string? Note { get; set; }
    [NotAudited] public DateTime CreatedAtUtc { get; set; }
    /// <summary>The compensation review proposal the record carries out, if it came from a cycle.</summary>
    [NotAudited] public int? ProposalId { get; set; }
    /// <summary>The day the change was announced (its event published); empty while it waits for its effective day.</summary>
    [AuditField(FieldVisibility.Pay, "Applied on")] public DateOnly? AppliedOn { get; private set; }

    /// <summary>The amount over a year, for comparing with a band and adding up payroll.</summary>
    public long AnnualMinor => PayMath.Annualise(AmountMinor, Frequency);

    /// <summary>On or after its effective day: the change is in force, and the rest of the portal hears of it once.</summary>
    public void Apply(DateOnly today, SalaryRecord? previous)
    {
        if (AppliedOn is not null || EffectiveOn > today) return;
        AppliedOn = today;
        Raise(new SalaryChanged(this, previous?.AmountMinor, previous?.Currency, previous?.Frequency));
    }
}

/// <summary>
/// Raised when a salary record takes effect (on its day, or at once when written for today or the past). Carries the
/// salary before it, so a handler can describe the change without reading the history.
/// </summary>
public record SalaryChanged(SalaryRecord Record, long? PreviousAmountMinor, string? PreviousCurrency, PayFrequency? PreviousFrequency) : INotification
{
    public int EmployeeId => Record.EmployeeId;
}

/// <summary>
/// The pay range of a position level in one currency, as annual amounts in minor units: an employee at that level is
/// placed against it (compa-ratio and position in band), and a salary outside it is flagged.
/// </summary>
public class PayBand : Entity, IVersioned
{
    public Guid Version { get; set; } = Guid.NewGuid();
    /// <summary>The level of <see cref="Position.Level"/> the band is for.</summary>
    public int Level { get; set; }
    public required string Currency { get; set; }
    public long MinimumMinor { get; set; }
    public long MidpointMinor { get; set; }
    public long MaximumMinor { get; set; }

    /// <summary>Salary over the band's midpoint, to two places: 1.00 is on the midpoint.</summary>
    public decimal CompaRatio(long annualMinor) => PayMath.CompaRatio(annualMinor, MidpointMinor);

    /// <summary>Where the salary sits from the minimum (0%) to the maximum (100%); below 0 or above 100 when out of band.</summary>
    public decimal PositionInBand(long annualMinor) => PayMath.PositionInBand(annualMinor, MinimumMinor, MaximumMinor);

    public bool IsOutOfBand(long annualMinor) => annualMinor < MinimumMinor || annualMinor > MaximumMinor;
}
