using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Compensation;

public enum CompensationCycleStatus { Draft, Open, Closed }

/// <summary>
/// A compensation review: HR sets who is in it, the day raises take effect, a budget for each department as a share of
/// its payroll and a merit guideline; opening it gives each eligible person a proposal their managers fill in.
/// Amounts are in <see cref="Currency"/>: people paid in another currency are not in the cycle.
/// </summary>
public class CompensationCycle : Entity, IVersioned
{
    public required string Name { get; set; }
    public required string Currency { get; set; }
    /// <summary>The day approved raises take effect.</summary>
    public DateOnly EffectiveOn { get; set; }
    /// <summary>Managers are asked to have submitted by this day.</summary>
    public DateOnly ProposalsDueOn { get; set; }
    /// <summary>People hired on or after this day are not in the cycle (their salary was set too recently).</summary>
    public DateOnly HiredBefore { get; set; }
    public CompensationCycleStatus Status { get; set; } = CompensationCycleStatus.Draft;
    public DateTime? OpenedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<DepartmentBudget> Budgets { get; set; } = [];
    public List<GuidelineCell> Guideline { get; set; } = [];

    /// <summary>Managers may now propose; their part is announced to them.</summary>
    public void Open(DateTime nowUtc)
    {
        if (Status != CompensationCycleStatus.Draft) return;
        Status = CompensationCycleStatus.Open;
        OpenedAtUtc = nowUtc;
        Raise(new CompensationCycleOpened(this));
    }

    /// <summary>The review is over: nothing in it changes any more. Approved raises still take effect on their day.</summary>
    public void Close(DateTime nowUtc)
    {
        if (Status != CompensationCycleStatus.Open) return;
        Status = CompensationCycleStatus.Closed;
        ClosedAtUtc = nowUtc;
    }
}

/// <summary>Raised when HR opens a cycle: its proposals exist by the time handlers run.</summary>
public record CompensationCycleOpened(CompensationCycle Cycle) : MediatR.INotification;

/// <summary>Raised when HR sends a department's proposals back to its managers, with HR's comment on the budget row.</summary>
public record DepartmentProposalsSentBack(DepartmentBudget Budget, IReadOnlyList<int> EmployeeIds) : MediatR.INotification;

public enum DepartmentReviewStatus { Open, Approved }

/// <summary>A department's budget in a cycle (a percentage of its eligible payroll) and HR's decision on its proposals.</summary>
public class DepartmentBudget : Entity, IVersioned
{
    public int CycleId { get; set; }
    public CompensationCycle Cycle { get; set; } = null!;
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    /// <summary>Hundredths of a percent: 300 is 3.00% of payroll.</summary>
    public int PercentBasisPoints { get; set; }
    /// <summary>The eligible payroll when the cycle opened, annual, in the cycle's currency.</summary>
    public long PayrollMinor { get; set; }
    /// <summary>The budget: the percentage of the payroll, rounded down.</summary>
    public long BudgetMinor { get; set; }
    public DepartmentReviewStatus Status { get; set; }
    /// <summary>HR's last word to the managers: why the proposals were sent back, or a note on approval.</summary>
    public string? HrComment { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public decimal Percent => PercentBasisPoints / 100m;

    public void Approve(string? comment, DateTime nowUtc)
    {
        Status = DepartmentReviewStatus.Approved;
        HrComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecidedAtUtc = nowUtc;
    }

    public void SendBack(string comment, IReadOnlyList<int> employeeIds, DateTime nowUtc)
    {
        Status = DepartmentReviewStatus.Open;
        HrComment = comment.Trim();
        DecidedAtUtc = nowUtc;
        Raise(new DepartmentProposalsSentBack(this, employeeIds));
    }
}

/// <summary>
/// Where a salary sits in its band, in quarters: the merit guideline's columns. Below the band counts as the lowest
/// quarter and above it as the highest.
/// </summary>
public enum BandQuarter { First = 1, Second = 2, Third = 3, Fourth = 4 }

/// <summary>One cell of the merit guideline: the raise range suggested for a review rating at a position in the band.</summary>
public class GuidelineCell
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    /// <summary>The last review's final rating, 1 to <see cref="MeritGuideline.TopRating"/>; 0 for people with no rating.</summary>
    public int Rating { get; set; }
    public BandQuarter Quarter { get; set; }
    public int MinimumBasisPoints { get; set; }
    public int MaximumBasisPoints { get; set; }
}

/// <summary>A suggested raise range in percent.</summary>
public readonly record struct GuidelineRange(decimal Minimum, decimal Maximum)
{
    public bool Contains(decimal percent) => percent >= Minimum && percent <= Maximum;
}

/// <summary>Reading the merit guideline.</summary>
public static class MeritGuideline
{
    /// <summary>Ratings above this (on a longer scale) use its row.</summary>
    public const int TopRating = 5;

    public static BandQuarter QuarterOf(decimal positionInBand) => positionInBand switch
    {
        < 25 => BandQuarter.First,
        < 50 => BandQuarter.Second,
        < 75 => BandQuarter.Third,
        _ => BandQuarter.Fourth,
    };

    public static int RowOf(int? rating) => rating is null or < 1 ? 0 : Math.Min(rating.Value, TopRating);

    /// <summary>The range for a rating and a band position; none for a person with no band.</summary>
    public static GuidelineRange? RangeFor(IEnumerable<GuidelineCell> cells, int? rating, decimal? positionInBand)
    {
        if (positionInBand is null) return null;
        var row = RowOf(rating);
        var quarter = QuarterOf(positionInBand.Value);
        var cell = cells.FirstOrDefault(c => c.Rating == row && c.Quarter == quarter);
        return cell is null ? null : new GuidelineRange(cell.MinimumBasisPoints / 100m, cell.MaximumBasisPoints / 100m);
    }

    /// <summary>
    /// A common starting point: better ratings get more, and people low in their band more than people high in it, so
    /// pay moves towards the midpoint for good performers. Percent for [rating 0..5, quarter 1..4] as (minimum, maximum).
    /// </summary>
    public static List<GuidelineCell> Default()
    {
        int[,] lows = { { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 100, 50, 0, 0 }, { 250, 200, 150, 100 }, { 400, 350, 250, 200 }, { 600, 500, 400, 300 } };
        int[,] highs = { { 200, 150, 100, 0 }, { 0, 0, 0, 0 }, { 200, 150, 100, 50 }, { 400, 350, 300, 200 }, { 600, 500, 400, 300 }, { 800, 700, 600, 450 } };
        var cells = new List<GuidelineCell>();
        for (var rating = 0; rating <= TopRating; rating++)
            foreach (var quarter in Enum.GetValues<BandQuarter>())
                cells.Add(new GuidelineCell
                {
                    Rating = rating, Quarter = quarter,
                    MinimumBasisPoints = lows[rating, (int)quarter - 1], MaximumBasisPoints = highs[rating, (int)quarter - 1],
                });
        return cells;
    }
}

public enum ProposalStatus { Draft, Submitted, Approved, Applied }

/// <summary>
/// One eligible person's raise in a cycle. What the managers need to decide (current pay, band, rating, last raise)
/// is copied in when the cycle opens, so the cycle's pages read one row per person; the proposal is what managers
/// write. Each proposal carries the person's share of their department's budget, so a manager's budget is the sum
/// over the people below them.
/// Proposals are working figures: the pay change they lead to (a <see cref="SalaryRecord"/>) is what the audit log keeps,
/// and who proposed last and when is kept on the proposal.
/// </summary>
public class PayProposal : Entity, IVersioned
{
    public int CycleId { get; set; }
    public CompensationCycle Cycle { get; set; } = null!;
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public int DepartmentId { get; set; }
    public string Currency { get; set; } = "";
    public PayFrequency Frequency { get; set; }
    public long CurrentAmountMinor { get; set; }
    public long CurrentAnnualMinor { get; set; }
    public int Level { get; set; }
    public long? BandMinimumMinor { get; set; }
    public long? BandMidpointMinor { get; set; }
    public long? BandMaximumMinor { get; set; }
    /// <summary>The final rating of the person's last finalized review, when they have one.</summary>
    public int? Rating { get; set; }
    public DateOnly? LastRaiseOn { get; set; }
    /// <summary>The person's share of their department's budget: the department's percentage of their annual salary.</summary>
    public long BudgetMinor { get; set; }

    /// <summary>Hundredths of a percent; empty until someone proposes.</summary>
    public int? RaiseBasisPoints { get; private set; }
    public long? ProposedAmountMinor { get; private set; }
    /// <summary>The raise over a year, in minor units: what it costs the budget.</summary>
    public long RaiseAnnualMinor { get; private set; }
    public string? Justification { get; private set; }
    public ProposalStatus Status { get; private set; }
    public int? ProposedById { get; private set; }
    public DateTime? ProposedAtUtc { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public decimal? RaisePercent => RaiseBasisPoints / 100m;
    public decimal? PositionInBand => BandMinimumMinor is { } min && BandMaximumMinor is { } max ? PayMath.PositionInBand(CurrentAnnualMinor, min, max) : null;
    public decimal? CompaRatio => BandMidpointMinor is { } mid ? PayMath.CompaRatio(CurrentAnnualMinor, mid) : null;
    public bool IsOutOfBand => BandMinimumMinor is { } min && BandMaximumMinor is { } max && (CurrentAnnualMinor < min || CurrentAnnualMinor > max);

    public const int MaximumRaiseBasisPoints = 5000;

    /// <summary>
    /// Sets the raise. A raise outside the guideline's range needs a reason; a submitted proposal is changed only after
    /// HR sends it back.
    /// </summary>
    public void Propose(decimal percent, string? justification, GuidelineRange? guideline, int? byEmployeeId, DateTime nowUtc)
    {
        if (Status != ProposalStatus.Draft)
            throw new DomainRuleException(nameof(RaiseBasisPoints), "This proposal has been submitted; it changes only if HR sends it back.");
        var basisPoints = (int)Math.Round(percent * 100m, MidpointRounding.AwayFromZero);
        if (basisPoints < 0 || basisPoints > MaximumRaiseBasisPoints)
            throw new DomainRuleException(nameof(RaiseBasisPoints), "A raise is between 0% and 50%.");
        justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
        if (guideline is { } range && !range.Contains(basisPoints / 100m) && justification is null)
            throw new DomainRuleException(nameof(Justification), "This raise is outside the guideline: say why.");
        RaiseBasisPoints = basisPoints;
        ProposedAmountMinor = PayMath.Raise(CurrentAmountMinor, basisPoints / 100m);
        RaiseAnnualMinor = PayMath.Annualise(ProposedAmountMinor.Value, Frequency) - CurrentAnnualMinor;
        Justification = justification;
        ProposedById = byEmployeeId;
        ProposedAtUtc = nowUtc;
    }

    public void Submit()
    {
        if (Status == ProposalStatus.Draft && RaiseBasisPoints is not null) Status = ProposalStatus.Submitted;
    }

    public void SendBack()
    {
        if (Status == ProposalStatus.Submitted) Status = ProposalStatus.Draft;
    }

    public void Approve()
    {
        if (Status == ProposalStatus.Submitted) Status = ProposalStatus.Approved;
    }

    /// <summary>
    /// The salary record that carries out an approved raise on the cycle's effective day. The raise is the agreed
    /// percentage of <paramref name="inForce"/>, the salary in force that day: when it changed after the cycle opened
    /// (a promotion, another cycle's raise), the raise builds on it instead of putting the older salary back.
    /// </summary>
    public SalaryRecord? ToSalaryRecord(DateOnly effectiveOn, SalaryRecord? inForce, DateTime nowUtc)
    {
        if (Status != ProposalStatus.Approved) return null;
        Status = ProposalStatus.Applied;
        if (RaiseBasisPoints is not { } basisPoints || basisPoints == 0) return null;
        var (amount, currency, frequency) = inForce is null ? (CurrentAmountMinor, Currency, Frequency) : (inForce.AmountMinor, inForce.Currency, inForce.Frequency);
        return new SalaryRecord
        {
            EmployeeId = EmployeeId, EffectiveOn = effectiveOn, AmountMinor = PayMath.Raise(amount, basisPoints / 100m), Currency = currency,
            Frequency = frequency, Reason = SalaryChangeReason.Merit, CreatedAtUtc = nowUtc, ProposalId = Id,
        };
    }
}
