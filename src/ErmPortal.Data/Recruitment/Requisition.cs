using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Recruitment;

public enum RequisitionReason { NewRole, Replacement }

public enum RequisitionStatus { Pending, Approved, Rejected, Withdrawn }

/// <summary>
/// A manager's request for headcount: the position, where and why, what it may pay and when the person should start.
/// HR approves it (it then becomes openings to hire for) or rejects it with a reason the manager reads.
/// </summary>
public class Requisition : Entity, IVersioned
{
    public int PositionId { get; set; }
    public Position Position { get; set; } = null!;
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int LocationId { get; set; }
    public Location Location { get; set; } = null!;
    public RequisitionReason Reason { get; set; }
    /// <summary>Who leaves the place to fill, when the reason is a replacement.</summary>
    public int? ReplacesEmployeeId { get; set; }
    public Employee? ReplacesEmployee { get; set; }
    /// <summary>How many people to hire for it.</summary>
    public int Headcount { get; set; } = 1;
    /// <summary>The yearly gross salary range, in <see cref="Currency"/>.</summary>
    public decimal SalaryFrom { get; set; }
    public decimal SalaryTo { get; set; }
    /// <summary>ISO 4217.</summary>
    public string Currency { get; set; } = "EUR";
    public DateOnly TargetStartDate { get; set; }
    public string? Justification { get; set; }
    public int RequestedById { get; set; }
    public Employee RequestedBy { get; set; } = null!;
    public DateTime RequestedAtUtc { get; set; }
    public RequisitionStatus Status { get; private set; } = RequisitionStatus.Pending;
    public string? DecidedByUserId { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecisionReason { get; private set; }
    /// <summary>How many people were hired for it so far.</summary>
    public int HiredCount { get; private set; }
    /// <summary>When the last place was filled: the requisition is closed from then on.</summary>
    public DateTime? FilledAtUtc { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsFilled => FilledAtUtc is not null;

    /// <summary>Sends the requisition to HR: it waits for their decision from now.</summary>
    public void Submit(DateTime nowUtc)
    {
        RequestedAtUtc = nowUtc;
        Raise(new RequisitionSubmitted(this));
    }

    public void Approve(string deciderUserId, string? note, DateTime nowUtc) => Decide(RequisitionStatus.Approved, deciderUserId, note, nowUtc);

    public void Reject(string deciderUserId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(nameof(DecisionReason), "Say why the requisition is rejected, so the manager knows what to change.");
        Decide(RequisitionStatus.Rejected, deciderUserId, reason, nowUtc);
    }

    /// <summary>The manager takes back a request HR has not decided yet.</summary>
    public void Withdraw(DateTime nowUtc) => Decide(RequisitionStatus.Withdrawn, null, null, nowUtc);

    /// <summary>
    /// One more person hired for it; the last place closes it. Two hires racing for the last place both change this
    /// row, so its version lets only one of them save.
    /// </summary>
    public void RecordHire(DateTime nowUtc)
    {
        if (Status != RequisitionStatus.Approved) throw new DomainRuleException("", "Only an approved requisition can be hired for.");
        if (IsFilled) throw new DomainRuleException("", "Every place of this requisition is already filled.");
        HiredCount++;
        if (HiredCount >= Headcount) FilledAtUtc = nowUtc;
    }

    private void Decide(RequisitionStatus status, string? deciderUserId, string? reason, DateTime nowUtc)
    {
        if (Status != RequisitionStatus.Pending)
            throw new DomainRuleException("", "This requisition has already been decided.");
        Status = status;
        DecidedByUserId = deciderUserId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedAtUtc = nowUtc;
        Raise(new RequisitionDecided(this));
    }
}
