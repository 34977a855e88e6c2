using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Learning;

/// <summary>
/// Where a person's place on a course stands. A request waits for the manager; an approved one (or one HR assigned)
/// holds a seat on its session, or waits for one when the session is full. Withdrawn and declined places stay, so the
/// person's history and the manager's decisions can be read later.
/// </summary>
public enum EnrolmentStatus { Requested, Declined, Enrolled, Waitlisted, Withdrawn, Completed }

/// <summary>
/// A person's place on a course: asked for by them (and decided by their manager) or assigned by HR, on one session or,
/// for a course without dates (most online ones), on the course itself.
/// </summary>
public class Enrolment : Entity, IVersioned
{
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public int CourseId { get; set; }
    public Course Course { get; set; } = null!;
    /// <summary>The date taken; none for a course taken at one's own pace.</summary>
    public int? SessionId { get; set; }
    public CourseSession? Session { get; set; }
    public EnrolmentStatus Status { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    /// <summary>Why the person wants it, in their words, for their manager.</summary>
    public string? RequestNote { get; set; }
    /// <summary>The HR user who assigned it; none when the person asked for it.</summary>
    public string? AssignedByUserId { get; set; }
    /// <summary>By when HR wants it done, for an assignment.</summary>
    public DateOnly? DueOn { get; set; }
    public int? DecidedByEmployeeId { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    /// <summary>The manager's reason, required when declining.</summary>
    public string? DecisionReason { get; set; }
    /// <summary>When the place joined the waiting list: the list moves up in this order.</summary>
    public DateTime? WaitlistedAtUtc { get; set; }
    public DateTime? EnrolledAtUtc { get; set; }
    public DateTime? WithdrawnAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>A place that still counts: asked for, seated or waiting. A person holds at most one per course.</summary>
    public static readonly EnrolmentStatus[] Live = [EnrolmentStatus.Requested, EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted];

    public bool IsLive => Live.Contains(Status);

    /// <summary>Takes a seat (or the course itself, without a session).</summary>
    public void Seat(DateTime nowUtc)
    {
        Status = EnrolmentStatus.Enrolled;
        EnrolledAtUtc = nowUtc;
    }

    /// <summary>Joins the waiting list; a place already on it keeps its turn.</summary>
    public void Waitlist(DateTime nowUtc)
    {
        Status = EnrolmentStatus.Waitlisted;
        WaitlistedAtUtc ??= nowUtc;
        EnrolledAtUtc = null;
    }

    public void Decide(int? byEmployeeId, DateTime nowUtc, string? reason)
    {
        DecidedByEmployeeId = byEmployeeId;
        DecidedAtUtc = nowUtc;
        DecisionReason = reason;
    }

    public void Decline(int? byEmployeeId, DateTime nowUtc, string reason)
    {
        Decide(byEmployeeId, nowUtc, reason);
        Status = EnrolmentStatus.Declined;
    }

    public void Withdraw(DateTime nowUtc)
    {
        Status = EnrolmentStatus.Withdrawn;
        WithdrawnAtUtc = nowUtc;
    }
}
