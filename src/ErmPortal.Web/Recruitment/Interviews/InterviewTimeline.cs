using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>The interview kinds of the candidate's timeline and their arguments' names.</summary>
public static class InterviewTimelineKinds
{
    public const string Scheduled = "interview-scheduled";
    public const string Rescheduled = "interview-rescheduled";
    public const string Cancelled = "interview-cancelled";
    public const string ScorecardSubmitted = "scorecard-submitted";

    public const string Opening = "opening", StartsAt = "startsAt", Interviewers = "interviewers", Interviewer = "interviewer",
        Recommendation = "recommendation";

    public static IServiceCollection AddInterviewTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<InterviewScheduledKind>().AddTimelineKind<InterviewRescheduledKind>()
        .AddTimelineKind<InterviewCancelledKind>().AddTimelineKind<ScorecardSubmittedKind>();

    /// <summary>The interview's start in the reader's calendar and time zone.</summary>
    internal static string When(TimelineArguments a, ViewerFormat f) =>
        DateTime.TryParse(a.Text(StartsAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var utc) ? f.DateTime(utc) : "";

    internal static string People(TimelineArguments a, ViewerFormat f) => f.List(a.List(Interviewers));

    public static string RecommendationLabel(Recommendation recommendation) => recommendation switch
    {
        Data.Recruitment.Recommendation.StrongNo => "Strong no",
        Data.Recruitment.Recommendation.No => "No",
        Data.Recruitment.Recommendation.Yes => "Yes",
        _ => "Strong yes",
    };
}

public class InterviewScheduledKind : ITimelineKind
{
    public string Name => InterviewTimelineKinds.Scheduled;
    public string Label => "Interviews";
    public string Icon => "bi-calendar-plus";
    public int Order => 620;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Interview for {0} scheduled on {1} with {2}", a.Text(InterviewTimelineKinds.Opening) ?? "", InterviewTimelineKinds.When(a, f),
            InterviewTimelineKinds.People(a, f)];
}

public class InterviewRescheduledKind : ITimelineKind
{
    public string Name => InterviewTimelineKinds.Rescheduled;
    public string Label => "Rescheduled interviews";
    public string Icon => "bi-calendar-week";
    public int Order => 621;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Interview for {0} moved to {1} with {2}", a.Text(InterviewTimelineKinds.Opening) ?? "", InterviewTimelineKinds.When(a, f),
            InterviewTimelineKinds.People(a, f)];
}

public class InterviewCancelledKind : ITimelineKind
{
    public string Name => InterviewTimelineKinds.Cancelled;
    public string Label => "Cancelled interviews";
    public string Icon => "bi-calendar-x";
    public int Order => 622;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Interview for {0} on {1} cancelled", a.Text(InterviewTimelineKinds.Opening) ?? "", InterviewTimelineKinds.When(a, f)];
}

/// <summary>Says that a scorecard is in and what it recommends; its ratings and notes stay on the scorecards page, behind its rules.</summary>
public class ScorecardSubmittedKind : ITimelineKind
{
    public string Name => InterviewTimelineKinds.ScorecardSubmitted;
    public string Label => "Scorecards";
    public string Icon => "bi-clipboard-check";
    public int Order => 623;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["{0} submitted a scorecard: {1}", a.Text(InterviewTimelineKinds.Interviewer) ?? "",
            Enum.TryParse<Recommendation>(a.Text(InterviewTimelineKinds.Recommendation), out var r)
                ? l[InterviewTimelineKinds.RecommendationLabel(r)] : a.Text(InterviewTimelineKinds.Recommendation) ?? ""];
}

/// <summary>
/// Puts interviews and scorecards on the candidate's timeline, for HR and the opening's hiring team (the scope), in the
/// same transaction as the change.
/// </summary>
public class RecordInterviewsOnTimeline(ErmDbContext db, TimelineRecorder timeline)
    : INotificationHandler<InterviewScheduled>, INotificationHandler<InterviewRescheduled>, INotificationHandler<InterviewCancelled>,
      INotificationHandler<ScorecardSubmitted>
{
    public Task Handle(InterviewScheduled notification, CancellationToken ct) => RecordAsync(notification.Interview, InterviewTimelineKinds.Scheduled, ct);

    public Task Handle(InterviewRescheduled notification, CancellationToken ct) => RecordAsync(notification.Interview, InterviewTimelineKinds.Rescheduled, ct);

    public Task Handle(InterviewCancelled notification, CancellationToken ct) => RecordAsync(notification.Interview, InterviewTimelineKinds.Cancelled, ct);

    public async Task Handle(ScorecardSubmitted notification, CancellationToken ct)
    {
        var scorecard = notification.Scorecard;
        var facts = await FactsAsync(scorecard.ApplicationId, ct);
        var author = await db.Employees.Where(e => e.Id == scorecard.InterviewerId)
            .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).SingleAsync(ct);
        timeline.RecordForCandidate(facts.CandidateId, InterviewTimelineKinds.ScorecardSubmitted,
            new TimelineArguments().With(InterviewTimelineKinds.Opening, facts.Opening).With(InterviewTimelineKinds.Interviewer, author)
                .With(InterviewTimelineKinds.Recommendation, scorecard.Recommendation?.ToString()),
            OpeningAccess.TimelineScope(facts.OpeningId), ScorecardsPath(scorecard.ApplicationId));
    }

    private async Task RecordAsync(Interview interview, string kind, CancellationToken ct)
    {
        var facts = await FactsAsync(interview.ApplicationId, ct);
        var ids = interview.Interviewers.Select(i => i.EmployeeId).ToList();
        var names = await db.Employees.Where(e => ids.Contains(e.Id)).OrderBy(e => e.LegalLastName)
            .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).ToListAsync(ct);
        timeline.RecordForCandidate(facts.CandidateId, kind,
            new TimelineArguments().With(InterviewTimelineKinds.Opening, facts.Opening).With(InterviewTimelineKinds.StartsAt, interview.StartsAtUtc)
                .With(InterviewTimelineKinds.Interviewers, names),
            OpeningAccess.TimelineScope(facts.OpeningId), ScorecardsPath(interview.ApplicationId));
    }

    private async Task<(int CandidateId, int OpeningId, string Opening)> FactsAsync(int applicationId, CancellationToken ct) =>
        await db.Set<JobApplication>().Where(a => a.Id == applicationId)
            .Select(a => ValueTuple.Create(a.CandidateId, a.OpeningId, a.Opening.Title)).SingleAsync(ct);


    public static string ScorecardsPath(int applicationId) => $"/recruitment/applications/{applicationId}/scorecards";
}
