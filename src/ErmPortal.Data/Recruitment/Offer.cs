using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Recruitment;

/// <summary>
/// Where an offer stands. A draft inside the requisition's salary range can be sent at once; one outside it waits for an
/// HR colleague's approval first. A sent offer is answered (accepted or declined), and any offer not yet answered can
/// be withdrawn.
/// </summary>
public enum OfferStatus { Draft, PendingApproval, Approved, Rejected, Sent, Accepted, Declined, Withdrawn }

/// <summary>
/// What the hiring team offers a candidate for one application: the yearly salary, the first day and the position. Pay
/// is for HR and the hiring manager only; the candidate reads the letter from their private link once it is sent.
/// </summary>
public class Offer : Entity, IVersioned
{
    public int ApplicationId { get; private set; }
    public JobApplication Application { get; private set; } = null!;
    /// <summary>Gross, per year, in <see cref="Currency"/>.</summary>
    public decimal YearlySalary { get; private set; }
    /// <summary>ISO 4217.</summary>
    public string Currency { get; private set; } = "EUR";
    public DateOnly StartDate { get; private set; }
    public int PositionId { get; private set; }
    public Position Position { get; private set; } = null!;
    /// <summary>Anything else the letter says (a signing bonus, remote days), in the team's words.</summary>
    public string? Note { get; private set; }
    /// <summary>Outside the requisition's range (or in another currency) when drafted: HR must approve it before it is sent.</summary>
    public bool OutsideRange { get; private set; }
    public OfferStatus Status { get; private set; } = OfferStatus.Draft;
    public string DraftedByUserId { get; private set; } = "";
    public DateTime DraftedAtUtc { get; private set; }
    public string? ApprovalDecidedByUserId { get; private set; }
    public DateTime? ApprovalDecidedAtUtc { get; private set; }
    /// <summary>Why HR refused the pay asked for; the team drafts a new offer from it.</summary>
    public string? ApprovalNote { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    /// <summary>When the candidate's answer (or the withdrawal) was recorded.</summary>
    public DateTime? ClosedAtUtc { get; private set; }
    public string? DeclineReason { get; private set; }
    /// <summary>When the accepted offer became a hire; set once.</summary>
    public DateTime? HiredAtUtc { get; private set; }
    /// <summary>The hire moved someone who already worked here (no new employee, no new account).</summary>
    public bool? HiredAsTransfer { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The statuses of an offer still in play: an application has at most one of these at a time.</summary>
    public static readonly OfferStatus[] Live = [OfferStatus.Draft, OfferStatus.PendingApproval, OfferStatus.Approved, OfferStatus.Sent, OfferStatus.Accepted];

    /// <summary>The candidate may read the letter from their link: it was sent to them, whatever they answered.</summary>
    public static readonly OfferStatus[] ShownToCandidate = [OfferStatus.Sent, OfferStatus.Accepted, OfferStatus.Declined];

    /// <summary>Sending needs nothing more: inside the range, or approved by HR.</summary>
    public bool CanBeSent => Status == OfferStatus.Approved || (Status == OfferStatus.Draft && !OutsideRange);

    public static bool IsOutsideRange(Requisition requisition, decimal yearlySalary, string currency) =>
        !string.Equals(currency.Trim(), requisition.Currency, StringComparison.OrdinalIgnoreCase)
        || yearlySalary < requisition.SalaryFrom || yearlySalary > requisition.SalaryTo;

    /// <summary>A draft for an application in an offer stage; its pay is compared with the requisition's range now.</summary>
    public static Offer Draft(JobApplication application, Requisition requisition, decimal yearlySalary, string currency, DateOnly startDate,
        int positionId, string? note, string draftedByUserId, DateTime nowUtc)
    {
        if (application.Stage.Kind != StageKind.Offer)
            throw new DomainRuleException("", "Move the candidate to an offer stage before drafting an offer.");
        if (yearlySalary <= 0) throw new DomainRuleException(nameof(YearlySalary), "The salary must be more than zero.");
        var offer = new Offer
        {
            Application = application, ApplicationId = application.Id, YearlySalary = yearlySalary, Currency = currency.Trim().ToUpperInvariant(),
            StartDate = startDate, PositionId = positionId, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            OutsideRange = IsOutsideRange(requisition, yearlySalary, currency), DraftedByUserId = draftedByUserId, DraftedAtUtc = nowUtc,
        };
        offer.Raise(new OfferChanged(offer));
        return offer;
    }

    /// <summary>The team asks HR to approve pay outside the range.</summary>
    public void RequestApproval()
    {
        Require(OfferStatus.Draft);
        if (!OutsideRange) throw new DomainRuleException("", "This offer is within the requisition's salary range: send it directly.");
        Move(OfferStatus.PendingApproval);
    }

    /// <summary>Another HR person agrees to the pay; whoever drafted the offer cannot approve it themselves.</summary>
    public void Approve(string deciderUserId, DateTime nowUtc) => DecideApproval(OfferStatus.Approved, deciderUserId, null, nowUtc);

    public void RejectApproval(string deciderUserId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(nameof(ApprovalNote), "Say why the offer is not approved, so the team knows what to change.");
        DecideApproval(OfferStatus.Rejected, deciderUserId, reason.Trim(), nowUtc);
    }

    private void DecideApproval(OfferStatus outcome, string deciderUserId, string? note, DateTime nowUtc)
    {
        Require(OfferStatus.PendingApproval);
        if (deciderUserId == DraftedByUserId)
            throw new DomainRuleException("", "You drafted this offer; another HR colleague must approve it.");
        ApprovalDecidedByUserId = deciderUserId;
        ApprovalDecidedAtUtc = nowUtc;
        ApprovalNote = note;
        Move(outcome);
    }

    /// <summary>The letter goes to the candidate: only once the pay is within the range or approved.</summary>
    public void Send(DateTime nowUtc)
    {
        if (Status == OfferStatus.Draft && OutsideRange)
            throw new DomainRuleException("", "This offer is outside the requisition's salary range: HR must approve it before it is sent.");
        if (!CanBeSent) throw WrongStatus();
        SentAtUtc = nowUtc;
        Move(OfferStatus.Sent);
    }

    public void RecordAccepted(DateTime nowUtc)
    {
        Require(OfferStatus.Sent);
        ClosedAtUtc = nowUtc;
        Move(OfferStatus.Accepted);
    }

    public void RecordDeclined(string reason, DateTime nowUtc)
    {
        Require(OfferStatus.Sent);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(nameof(DeclineReason), "Say why the candidate declined: it helps the next offer.");
        DeclineReason = reason.Trim();
        ClosedAtUtc = nowUtc;
        Move(OfferStatus.Declined);
    }

    /// <summary>The team takes back an offer the candidate has not answered yet.</summary>
    public void Withdraw(DateTime nowUtc)
    {
        if (Status is not (OfferStatus.Draft or OfferStatus.PendingApproval or OfferStatus.Approved or OfferStatus.Sent)) throw WrongStatus();
        ClosedAtUtc = nowUtc;
        Move(OfferStatus.Withdrawn);
    }

    /// <summary>The accepted offer became a hire (a new employee, or a transfer of an existing one). Once only.</summary>
    public void MarkHired(Employee employee, Candidate candidate, bool transfer, DateTime nowUtc)
    {
        if (HiredAtUtc is not null) throw new DomainRuleException("", "This candidate has already been hired.");
        if (Status != OfferStatus.Accepted) throw new DomainRuleException("", "Hiring needs an offer the candidate accepted.");
        HiredAtUtc = nowUtc;
        HiredAsTransfer = transfer;
        Raise(new CandidateHired(this, candidate, employee, transfer));
    }

    private void Require(OfferStatus status)
    {
        if (Status != status) throw WrongStatus();
    }

    private static DomainRuleException WrongStatus() =>
        new("", "This offer has moved on since the page was opened. Reload to see where it stands.");

    private void Move(OfferStatus status)
    {
        Status = status;
        Raise(new OfferChanged(this));
    }
}
