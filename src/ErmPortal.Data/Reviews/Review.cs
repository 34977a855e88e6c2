using System.Globalization;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Reviews;

/// <summary>Whose voice a rating or text is: the person's own, or their manager's.</summary>
public enum ReviewAuthor { Employee, Manager }

/// <summary>How far a person can grow, given in calibration: the 9-box's second axis.</summary>
public enum Potential { Low = 1, Medium = 2, High = 3 }

/// <summary>
/// One person's review in a cycle: their self-assessment, their manager's assessment, the rating calibration settles on,
/// and, once shared, the person's comments, disagreement and acknowledgement. Acknowledging (or the cycle closing)
/// finalizes it; nothing changes after that.
/// Confidentiality: the person sees the manager's part (ratings, texts, needs) only once the review is shared.
/// </summary>
public class Review : Entity, IVersioned
{
    public int CycleId { get; set; }
    public ReviewCycle Cycle { get; set; } = null!;
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    /// <summary>Who writes the manager assessment: the direct manager at launch; HR may hand it to someone else.</summary>
    public int? ReviewerId { get; set; }
    public Employee? Reviewer { get; set; }
    /// <summary>The person's department at launch, so calibration and progress group people as the cycle found them.</summary>
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;

    // The person's self-assessment.
    public string? SelfWentWell { get; set; }
    public string? SelfToDevelop { get; set; }
    public string? SelfSupportWanted { get; set; }
    public DateTime? SelfSubmittedAtUtc { get; private set; }

    // The manager's assessment: a draft until submitted, and unseen by the person until shared.
    public string? ManagerSummary { get; set; }
    public string? ManagerStrengths { get; set; }
    public string? ManagerToDevelop { get; set; }
    public int? ManagerRating { get; set; }
    public DateTime? ManagerSubmittedAtUtc { get; private set; }
    /// <summary>HR let the manager write before the self-assessment was in (the person is away, for one).</summary>
    public DateTime? ManagerOpenedAtUtc { get; private set; }

    // Calibration: the rating that stands, and the potential for the 9-box.
    public int? FinalRating { get; private set; }
    public Potential? Potential { get; private set; }

    // Sharing and the person's answer.
    public DateTime? SharedAtUtc { get; private set; }
    public string? EmployeeComment { get; set; }
    public DateTime? DisagreedAtUtc { get; private set; }
    public DateTime? AcknowledgedAtUtc { get; private set; }
    public DateTime? FinalizedAtUtc { get; private set; }

    public List<ReviewRating> Ratings { get; set; } = [];
    public List<ReviewDevelopmentNeed> DevelopmentNeeds { get; set; } = [];
    public List<CalibrationAdjustment> Adjustments { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsFinalized => FinalizedAtUtc is not null;
    public bool IsShared => SharedAtUtc is not null;
    public bool SelfAssessmentIsIn => SelfSubmittedAtUtc is not null;
    public bool ManagerAssessmentIsIn => ManagerSubmittedAtUtc is not null;

    /// <summary>The person writes their self-assessment from its phase until it is in, and not after the cycle reaches calibration.</summary>
    public bool SelfAssessmentIsOpen(ReviewPhase phase) =>
        !SelfAssessmentIsIn && !IsFinalized && phase is >= ReviewPhase.SelfAssessment and < ReviewPhase.Calibration;

    /// <summary>
    /// The manager writes once the self-assessment is in, or HR opened the assessment without it, from the
    /// self-assessment phase until it is submitted, and not after the cycle reaches calibration.
    /// </summary>
    public bool ManagerAssessmentIsOpen(ReviewPhase phase) =>
        (SelfAssessmentIsIn || ManagerOpenedAtUtc is not null) && !ManagerAssessmentIsIn && !IsFinalized
        && phase is >= ReviewPhase.SelfAssessment and < ReviewPhase.Calibration;

    /// <summary>Refuses a change to the self-assessment (its texts or the person's ratings) unless it is open.</summary>
    public void EnsureSelfAssessmentOpen(ReviewPhase phase)
    {
        EnsureNotFinalized();
        if (!SelfAssessmentIsOpen(phase))
            throw new DomainRuleException(nameof(SelfSubmittedAtUtc), "The self-assessment is not open.");
    }

    /// <summary>Refuses a change to the manager assessment (texts, ratings, needs) unless it is open.</summary>
    public void EnsureManagerAssessmentOpen(ReviewPhase phase)
    {
        EnsureNotFinalized();
        if (!ManagerAssessmentIsOpen(phase))
            throw new DomainRuleException(nameof(ManagerSubmittedAtUtc), "The manager assessment is not open.");
    }

    public void SubmitSelfAssessment(ReviewPhase phase, DateTime nowUtc)
    {
        EnsureSelfAssessmentOpen(phase);
        SelfSubmittedAtUtc = nowUtc;
        Raise(new SelfAssessmentSubmitted(this));
    }

    /// <summary>HR opens the manager assessment before the self-assessment is in.</summary>
    public void OpenManagerAssessment(DateTime nowUtc)
    {
        EnsureNotFinalized();
        ManagerOpenedAtUtc ??= nowUtc;
    }

    public void SubmitManagerAssessment(ReviewPhase phase, DateTime nowUtc)
    {
        EnsureManagerAssessmentOpen(phase);
        if (ManagerRating is null)
            throw new DomainRuleException(nameof(ManagerRating), "Give an overall rating before submitting.");
        ManagerSubmittedAtUtc = nowUtc;
        FinalRating = ManagerRating;
        Raise(new ManagerAssessmentSubmitted(this));
    }

    /// <summary>
    /// Calibration changes the rating that stands or the potential; the change is kept with its reason. A change of
    /// rating needs a reason; only a submitted assessment of a review not yet shared is calibrated.
    /// </summary>
    public CalibrationAdjustment Calibrate(int? rating, Potential? potential, string? reason, int? byEmployeeId, string byUserId, DateTime nowUtc)
    {
        EnsureNotFinalized();
        if (!ManagerAssessmentIsIn)
            throw new DomainRuleException(nameof(FinalRating), "Only a submitted assessment is calibrated.");
        if (IsShared)
            throw new DomainRuleException(nameof(FinalRating), "This review has been shared; its rating no longer changes.");
        if (rating != FinalRating && string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(nameof(CalibrationAdjustment.Reason), "Say why the rating changes.");
        var adjustment = new CalibrationAdjustment
        {
            Review = this, FromRating = FinalRating, ToRating = rating, FromPotential = Potential, ToPotential = potential,
            Reason = reason?.Trim() ?? "", AdjustedByEmployeeId = byEmployeeId, AdjustedByUserId = byUserId, AdjustedAtUtc = nowUtc,
        };
        FinalRating = rating;
        Potential = potential;
        Adjustments.Add(adjustment);
        return adjustment;
    }

    /// <summary>Shows the manager's part and the rating that stands to the person.</summary>
    public void Share(ReviewPhase phase, DateTime nowUtc)
    {
        EnsureNotFinalized();
        if (phase < ReviewPhase.Sharing)
            throw new DomainRuleException(nameof(SharedAtUtc), "Reviews are shared from the sharing phase on.");
        if (!ManagerAssessmentIsIn)
            throw new DomainRuleException(nameof(SharedAtUtc), "The manager assessment is not in yet.");
        if (IsShared) return;
        SharedAtUtc = nowUtc;
        Raise(new ReviewShared(this));
    }

    /// <summary>The person comments on the shared review without disagreeing; an empty comment takes theirs away.</summary>
    public void Comment(string? comment)
    {
        EnsureSharedAndOpen();
        if (DisagreedAtUtc is not null && string.IsNullOrWhiteSpace(comment))
            throw new DomainRuleException(nameof(EmployeeComment), "Say what you disagree with.");
        EmployeeComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    /// <summary>The person formally disagrees, saying why in their comment.</summary>
    public void Disagree(string comment, DateTime nowUtc)
    {
        EnsureSharedAndOpen();
        if (string.IsNullOrWhiteSpace(comment))
            throw new DomainRuleException(nameof(EmployeeComment), "Say what you disagree with.");
        EmployeeComment = comment.Trim();
        // A formal disagreement is made once; rewording it later tells the reviewer and HR nothing new.
        if (DisagreedAtUtc is not null) return;
        DisagreedAtUtc = nowUtc;
        Raise(new ReviewDisagreed(this));
    }

    /// <summary>The person has read the review: it is final and locked.</summary>
    public void Acknowledge(DateTime nowUtc)
    {
        EnsureSharedAndOpen();
        AcknowledgedAtUtc = nowUtc;
        Raise(new ReviewAcknowledged(this));
        Finalize(nowUtc);
    }

    /// <summary>Locks the review: on acknowledgement, or when the cycle closes on a shared review nobody acknowledged.</summary>
    public void Finalize(DateTime nowUtc)
    {
        if (IsFinalized) return;
        FinalizedAtUtc = nowUtc;
        Raise(new ReviewFinalized(this));
    }

    /// <summary>Refuses any change to a finalized review: every writer calls it (or a method that does) before changing anything.</summary>
    public void EnsureNotFinalized()
    {
        if (IsFinalized)
            throw new DomainRuleException(nameof(FinalizedAtUtc), "This review is final and can no longer be changed.");
    }

    private void EnsureSharedAndOpen()
    {
        EnsureNotFinalized();
        if (!IsShared)
            throw new DomainRuleException(nameof(SharedAtUtc), "This review has not been shared yet.");
    }
}

/// <summary>
/// A rating with its comment, by the person or the manager, of a competency of the cycle or one of the person's goals.
/// Exactly one of <see cref="CompetencyId"/> and <see cref="GoalId"/> is set.
/// </summary>
public class ReviewRating : IVersionedPart
{
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(Review), ReviewId);

    public int Id { get; set; }
    public int ReviewId { get; set; }
    public ReviewAuthor Author { get; set; }
    public int? CompetencyId { get; set; }
    public ReviewCompetency? Competency { get; set; }
    public int? GoalId { get; set; }
    public PerformanceGoal? Goal { get; set; }
    public int? Rating { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A skill the manager's assessment says the person should develop; published with <see cref="ReviewFinalized"/>.</summary>
public class ReviewDevelopmentNeed : IVersionedPart
{
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(Review), ReviewId);

    public int Id { get; set; }
    public int ReviewId { get; set; }
    /// <summary>Named as skills are named on profiles and courses, so the learning module can match courses to it.</summary>
    public required string Skill { get; set; }
}

/// <summary>
/// A change calibration made to a review's rating or potential, with who made it, when and why: the calibration's own
/// history, and a row of the audit log, read by those above the person and HR.
/// </summary>
[AuditField(FieldVisibility.Performance, "Calibration")]
public class CalibrationAdjustment : IAudited, IAuditDescribed
{
    int IAudited.AuditedEmployeeId => Review.EmployeeId;
    string IAuditDescribed.AuditDescription =>
        $"{FromRating?.ToString(CultureInfo.InvariantCulture) ?? "—"} → {ToRating?.ToString(CultureInfo.InvariantCulture) ?? "—"}, "
        + $"{FromPotential?.ToString() ?? "—"} → {ToPotential?.ToString() ?? "—"}: {Reason}";

    public int Id { get; set; }
    // The audit row says who and when; the review is the row's subject.
    [NotAudited] public int ReviewId { get; set; }
    /// <summary>The review adjusted, always set with the adjustment (<see cref="Review.Calibrate"/>).</summary>
    public Review Review { get; set; } = null!;
    [AuditField(FieldVisibility.Performance, "Rating before")] public int? FromRating { get; set; }
    [AuditField(FieldVisibility.Performance, "Rating after")] public int? ToRating { get; set; }
    [AuditField(FieldVisibility.Performance, "Potential before")] public Potential? FromPotential { get; set; }
    [AuditField(FieldVisibility.Performance, "Potential after")] public Potential? ToPotential { get; set; }
    [AuditField(FieldVisibility.Performance, "Reason")] public required string Reason { get; set; }
    /// <summary>The adjuster's employee record (a skip-level manager, or HR with one); the account is kept always.</summary>
    [NotAudited] public int? AdjustedByEmployeeId { get; set; }
    public Employee? AdjustedByEmployee { get; set; }
    [NotAudited] public required string AdjustedByUserId { get; set; }
    [NotAudited] public DateTime AdjustedAtUtc { get; set; }
}
