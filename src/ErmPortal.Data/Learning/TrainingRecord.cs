using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Learning;

/// <summary>How a record came in: from a place on a catalog course, entered by HR, or recorded by the person themselves.</summary>
public enum TrainingRecordSource { Enrolment, RecordedByHr, SelfRecorded }

/// <summary>
/// Training a person finished: a catalog course or outside training, with its date, hours, cost, score and result, and
/// the certificate when there is one. A certificate that expires makes it a certification to renew. Training the person
/// recorded themselves counts (for compliance and investment) only once HR has confirmed it.
/// </summary>
public class TrainingRecord : Entity, IVersioned
{
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    /// <summary>The catalog course; none for outside training not in the catalog.</summary>
    public int? CourseId { get; set; }
    public Course? Course { get; set; }
    public int? EnrolmentId { get; set; }
    /// <summary>The course's title when it was taken, or the outside training's name.</summary>
    public required string Title { get; set; }
    public string? Provider { get; set; }
    public TrainingRecordSource Source { get; set; }
    public DateOnly CompletedOn { get; set; }
    public decimal Hours { get; set; }
    /// <summary>What the employer paid, in <see cref="Currency"/>; zero when the person paid or it was free.</summary>
    public decimal Cost { get; set; }
    public string Currency { get; set; } = Course.DefaultCurrency;
    /// <summary>Out of 100, when the training is assessed.</summary>
    public decimal? Score { get; set; }
    public bool Passed { get; set; }
    /// <summary>When the certificate earned stops being valid: the record is then a certification to renew.</summary>
    public DateOnly? CertificateExpiresOn { get; set; }
    public string? CertificateFileKey { get; set; }
    public string? CertificateFileName { get; set; }
    public string? CertificateContentType { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string RecordedByUserId { get; set; } = "";
    /// <summary>When HR confirmed it; set at once for what HR records itself.</summary>
    public DateTime? ConfirmedAtUtc { get; set; }
    public string? ConfirmedByUserId { get; set; }
    /// <summary>When HR refused training the person recorded; it then never counts, and the person reads why.</summary>
    public DateTime? RefusedAtUtc { get; set; }
    public string? RefusalReason { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool Counts => ConfirmedAtUtc is not null;
    public bool AwaitsConfirmation => ConfirmedAtUtc is null && RefusedAtUtc is null;

    /// <summary>
    /// Makes the record count: at once for what HR records, on HR's word for what the person recorded. Other modules
    /// hear of a passed one only, since a failed attempt completes nothing they act on.
    /// </summary>
    public void Confirm(string userId, DateTime nowUtc)
    {
        if (!AwaitsConfirmation) throw new InvalidOperationException("Only a record waiting for HR can be confirmed.");
        ConfirmedAtUtc = nowUtc;
        ConfirmedByUserId = userId;
        if (Source == TrainingRecordSource.SelfRecorded) Raise(new OutsideTrainingConfirmed(this));
        if (Passed) Raise(new TrainingCompleted(this));
    }

    public void Refuse(string reason, string userId, DateTime nowUtc)
    {
        if (!AwaitsConfirmation || Source != TrainingRecordSource.SelfRecorded)
            throw new InvalidOperationException("Only outside training waiting for HR can be refused.");
        RefusedAtUtc = nowUtc;
        RefusalReason = reason;
        ConfirmedByUserId = userId;
        Raise(new OutsideTrainingRefused(this));
    }

    /// <summary>The person's own word on outside training: it waits for HR.</summary>
    public void SubmitForConfirmation() => Raise(new OutsideTrainingRecorded(this));
}

/// <summary>
/// A participant's rating (1 to 5) and comment on a course they completed: one per record, changed as they like. Private to
/// HR and the session's trainer; everyone else sees only the course's average and count.
/// </summary>
public class TrainingFeedback
{
    public int Id { get; set; }
    public int TrainingRecordId { get; set; }
    public TrainingRecord Record { get; set; } = null!;
    public int CourseId { get; set; }
    /// <summary>The session taken, so its trainer reads what was said of them.</summary>
    public int? SessionId { get; set; }
    public int Rating { get; set; }
    public string? Comment { get; set; }
    public DateTime GivenAtUtc { get; set; }

    public const int MaxComment = 2000;
}
