using ErmPortal.Data.Reviews;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// A review's steps on its person's timeline. No entry carries a rating: the person would read it before sharing, and
/// the steps alone are what a timeline is for. The manager's submission is not the person's to see until sharing.
/// </summary>
public static class ConductTimelineKinds
{
    public const string SelfSubmitted = "review-self-assessment-submitted";
    public const string ManagerSubmitted = "review-manager-assessment-submitted";
    public const string Shared = "review-shared";
    public const string Acknowledged = "review-acknowledged";
    public const string Disagreed = "review-disagreed";

    public const string Cycle = "cycle";

    public const TimelineAudience Everyone = TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr;
    public const TimelineAudience AboveThePerson = TimelineAudience.ManagerChain | TimelineAudience.Hr;

    public static IServiceCollection AddConductTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<SelfAssessmentSubmittedKind>().AddTimelineKind<ManagerAssessmentSubmittedKind>().AddTimelineKind<ReviewSharedKind>()
        .AddTimelineKind<ReviewAcknowledgedKind>().AddTimelineKind<ReviewDisagreedKind>();
}

public class SelfAssessmentSubmittedKind : ITimelineKind
{
    public string Name => ConductTimelineKinds.SelfSubmitted;
    public string Label => "Self-assessment handed in";
    public string Icon => "bi-clipboard-check";
    public int Order => 1600;
    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => l["Handed in the self-assessment of {0}", a.Text(ConductTimelineKinds.Cycle) ?? ""];
}

public class ManagerAssessmentSubmittedKind : ITimelineKind
{
    public string Name => ConductTimelineKinds.ManagerSubmitted;
    public string Label => "Manager assessment submitted";
    public string Icon => "bi-clipboard-data";
    public int Order => 1601;
    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => l["Manager assessment of {0} submitted", a.Text(ConductTimelineKinds.Cycle) ?? ""];
}

public class ReviewSharedKind : ITimelineKind
{
    public string Name => ConductTimelineKinds.Shared;
    public string Label => "Review shared";
    public string Icon => "bi-send";
    public int Order => 1602;
    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => l["Review of {0} shared", a.Text(ConductTimelineKinds.Cycle) ?? ""];
}

public class ReviewAcknowledgedKind : ITimelineKind
{
    public string Name => ConductTimelineKinds.Acknowledged;
    public string Label => "Review acknowledged";
    public string Icon => "bi-check2-square";
    public int Order => 1603;
    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => l["Acknowledged the review of {0}", a.Text(ConductTimelineKinds.Cycle) ?? ""];
}

public class ReviewDisagreedKind : ITimelineKind
{
    public string Name => ConductTimelineKinds.Disagreed;
    public string Label => "Review disagreed with";
    public string Icon => "bi-exclamation-octagon";
    public int Order => 1604;
    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => l["Formally disagreed with the review of {0}", a.Text(ConductTimelineKinds.Cycle) ?? ""];
}

/// <summary>The review's steps on the person's timeline, in the same transaction as the step.</summary>
public class RecordReviewStepsOnTimeline(TimelineRecorder timeline, Data.ErmDbContext db)
    : INotificationHandler<SelfAssessmentSubmitted>, INotificationHandler<ManagerAssessmentSubmitted>, INotificationHandler<ReviewShared>,
        INotificationHandler<ReviewAcknowledged>, INotificationHandler<ReviewDisagreed>
{
    public Task Handle(SelfAssessmentSubmitted e, CancellationToken ct) => RecordAsync(e.Review, ConductTimelineKinds.SelfSubmitted, ConductTimelineKinds.Everyone, ct);
    public Task Handle(ManagerAssessmentSubmitted e, CancellationToken ct) => RecordAsync(e.Review, ConductTimelineKinds.ManagerSubmitted, ConductTimelineKinds.AboveThePerson, ct);
    public Task Handle(ReviewShared e, CancellationToken ct) => RecordAsync(e.Review, ConductTimelineKinds.Shared, ConductTimelineKinds.Everyone, ct);
    public Task Handle(ReviewAcknowledged e, CancellationToken ct) => RecordAsync(e.Review, ConductTimelineKinds.Acknowledged, ConductTimelineKinds.Everyone, ct);
    public Task Handle(ReviewDisagreed e, CancellationToken ct) => RecordAsync(e.Review, ConductTimelineKinds.Disagreed, ConductTimelineKinds.Everyone, ct);

    private async Task RecordAsync(Review review, string kind, TimelineAudience audience, CancellationToken ct)
    {
        var cycle = await db.Set<ReviewCycle>().FindAsync([review.CycleId], ct);
        timeline.RecordForEmployee(review.EmployeeId, kind, new TimelineArguments().With(ConductTimelineKinds.Cycle, cycle!.Name), audience, $"/reviews/{review.Id}");
    }
}
