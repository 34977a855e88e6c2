using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using MediatR;

namespace ErmPortal.Data.Recruitment;

public enum InterviewStatus { Scheduled, Cancelled }

/// <summary>
/// A meeting of interviewers with a candidate about one application: when (stored in UTC), how long, where or on
/// which video link, and who interviews. Its calendar invite keeps one UID for its whole life and counts its changes
/// (SEQUENCE), so a rescheduled or cancelled invite updates the event people already have in their calendar.
/// </summary>
public class Interview : Entity, IVersioned
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 480;
    public const int MaxInterviewers = 10;

    public int ApplicationId { get; private set; }
    public JobApplication Application { get; private set; } = null!;
    public DateTime StartsAtUtc { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }
    public InterviewStatus Status { get; private set; } = InterviewStatus.Scheduled;
    /// <summary>The calendar event's identity, the same in every invite sent for this interview.</summary>
    public string CalendarUid { get; private set; } = "";
    /// <summary>How many times the invite changed: calendars take the one with the highest number.</summary>
    public int Sequence { get; private set; }
    /// <summary>The employee who scheduled it, named as the organizer in the invite.</summary>
    public int OrganizerId { get; private set; }
    public Employee Organizer { get; private set; } = null!;
    public DateTime ScheduledAtUtc { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }
    public List<InterviewParticipant> Interviewers { get; private set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);

    public static Interview Schedule(JobApplication application, int organizerId, InterviewPlan plan, DateTime nowUtc)
    {
        if (!application.IsActive) throw new DomainRuleException("", "This application has ended; no interview can be scheduled for it.");
        var interview = new Interview
        {
            Application = application, ApplicationId = application.Id, OrganizerId = organizerId, ScheduledAtUtc = nowUtc,
            CalendarUid = $"{Guid.NewGuid():N}@ermportal",
        };
        interview.Apply(plan);
        interview.Raise(new InterviewScheduled(interview));
        return interview;
    }

    /// <summary>A new time, place or panel: the invite's sequence grows, and each interviewer learns what changed for them.</summary>
    public void Reschedule(InterviewPlan plan, DateTime nowUtc)
    {
        if (Status == InterviewStatus.Cancelled) throw new DomainRuleException("", "This interview was cancelled; schedule a new one.");
        if (!Application.IsActive) throw new DomainRuleException("", "This application has ended; its interviews cannot be changed.");
        var before = Interviewers.Select(i => i.EmployeeId).ToList();
        Apply(plan);
        Sequence++;
        var after = Interviewers.Select(i => i.EmployeeId).ToList();
        Raise(new InterviewRescheduled(this, Added: after.Except(before).ToList(), Removed: before.Except(after).ToList()));
    }

    public void Cancel(DateTime nowUtc)
    {
        if (Status == InterviewStatus.Cancelled) return;
        Status = InterviewStatus.Cancelled;
        CancelledAtUtc = nowUtc;
        Sequence++;
        Raise(new InterviewCancelled(this));
    }

    public bool IsInterviewer(int employeeId) => Interviewers.Any(i => i.EmployeeId == employeeId);

    private void Apply(InterviewPlan plan)
    {
        if (plan.DurationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
            throw new DomainRuleException(nameof(DurationMinutes), "An interview lasts between {0} and {1} minutes.", MinDurationMinutes, MaxDurationMinutes);
        if (plan.InterviewerIds.Count == 0) throw new DomainRuleException(nameof(InterviewPlan.InterviewerIds), "Choose at least one interviewer.");
        if (plan.InterviewerIds.Count > MaxInterviewers) throw new DomainRuleException(nameof(InterviewPlan.InterviewerIds), "Choose at most {0} interviewers.", MaxInterviewers);
        if (string.IsNullOrWhiteSpace(plan.Place) && string.IsNullOrWhiteSpace(plan.VideoLink))
            throw new DomainRuleException(nameof(Place), "Give a place or a video link.");
        if (!string.IsNullOrWhiteSpace(plan.VideoLink) && !IsWebAddress(plan.VideoLink))
            throw new DomainRuleException(nameof(VideoLink), "The video link must be a web address starting with http:// or https://.");
        StartsAtUtc = DateTime.SpecifyKind(plan.StartsAtUtc, DateTimeKind.Utc);
        DurationMinutes = plan.DurationMinutes;
        Place = string.IsNullOrWhiteSpace(plan.Place) ? null : plan.Place.Trim();
        VideoLink = string.IsNullOrWhiteSpace(plan.VideoLink) ? null : plan.VideoLink.Trim();
        Interviewers.RemoveAll(i => !plan.InterviewerIds.Contains(i.EmployeeId));
        foreach (var id in plan.InterviewerIds.Distinct().Where(id => !IsInterviewer(id)))
            Interviewers.Add(new InterviewParticipant { InterviewId = Id, EmployeeId = id });
    }

    /// <summary>Only web addresses: a javascript: or file: link in an invite would run or open something else.</summary>
    public static bool IsWebAddress(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}

/// <summary>When, how long, where and with whom: what scheduling and rescheduling set.</summary>
public record InterviewPlan(DateTime StartsAtUtc, int DurationMinutes, string? Place, string? VideoLink, IReadOnlyList<int> InterviewerIds);

/// <summary>An employee on an interview's panel: they get the invite and write a scorecard.</summary>
public class InterviewParticipant
{
    public int InterviewId { get; set; }
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
}

/// <summary>An interview was scheduled: its interviewers are invited and the candidate's timeline says so.</summary>
public record InterviewScheduled(Interview Interview) : INotification;

/// <summary>An interview moved or its panel changed; <paramref name="Added"/> are newly invited, <paramref name="Removed"/> no longer expected.</summary>
public record InterviewRescheduled(Interview Interview, IReadOnlyList<int> Added, IReadOnlyList<int> Removed) : INotification;

/// <summary>An interview was called off: its interviewers are told and the invite becomes a cancellation.</summary>
public record InterviewCancelled(Interview Interview) : INotification;
