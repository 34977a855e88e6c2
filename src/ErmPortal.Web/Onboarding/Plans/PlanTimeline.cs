using System.Globalization;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>The plan kinds of the employee's timeline and their arguments' names.</summary>
public static class PlanTimelineKinds
{
    public const string Started = "plan-started";
    public const string TaskCompleted = "plan-task-completed";
    public const string Completed = "plan-completed";

    public const string Kind = "kind", Day = "day", Task = "task", Document = "document";

    /// <summary>
    /// Joining and leaving are the person's, their managers' and HR's business, like the rest of their employment; a
    /// buddy or IT contact with a task sees the plan, not the timeline.
    /// </summary>
    public const TimelineAudience Audience = TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr;

    public static IServiceCollection AddPlanTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<PlanStartedKind>().AddTimelineKind<PlanTaskCompletedKind>().AddTimelineKind<PlanCompletedKind>();

    public static TimelineArguments StartedArguments(JourneyPlan plan) =>
        new TimelineArguments().With(Kind, plan.Kind.ToString()).With(Day, plan.AnchorDate);

    public static TimelineArguments TaskArguments(PlanTask task) =>
        new TimelineArguments().With(Task, task.Title).With(Document, task.AcknowledgedAtUtc is null ? null : task.DocumentName ?? task.Title);

    public static TimelineArguments CompletedArguments(JourneyPlan plan) => new TimelineArguments().With(Kind, plan.Kind.ToString());

    public static string Link(JourneyPlan plan) => $"/onboarding/plans/{plan.Id}";

    internal static string KindText(TimelineArguments a, IStringLocalizer l) =>
        Enum.TryParse<JourneyKind>(a.Text(Kind), out var kind) ? l[PlanLabels.Of(kind)] : a.Text(Kind) ?? "";

    internal static string DayText(TimelineArguments a, ViewerFormat f) =>
        DateOnly.TryParseExact(a.Text(Day), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? f.Date(day) : "";
}

public class PlanStartedKind : ITimelineKind
{
    public string Name => PlanTimelineKinds.Started;
    public string Label => "Plans started";
    public string Icon => "bi-signpost-2";
    public int Order => 700;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["{0} plan started, counting from {1}", PlanTimelineKinds.KindText(a, l), PlanTimelineKinds.DayText(a, f)];
}

public class PlanTaskCompletedKind : ITimelineKind
{
    public string Name => PlanTimelineKinds.TaskCompleted;
    public string Label => "Plan tasks done";
    public string Icon => "bi-check2-square";
    public int Order => 701;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        a.Text(PlanTimelineKinds.Document) is { } document
            ? l["Acknowledged {0}", document]
            : l["Task done: {0}", a.Text(PlanTimelineKinds.Task) ?? ""];
}

public class PlanCompletedKind : ITimelineKind
{
    public string Name => PlanTimelineKinds.Completed;
    public string Label => "Plans completed";
    public string Icon => "bi-flag";
    public int Order => 702;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["{0} plan completed", PlanTimelineKinds.KindText(a, l)];
}

/// <summary>A plan's start, its tasks done and its end, on the person's timeline, in the same transaction as the change.</summary>
public class RecordPlansOnTimeline(TimelineRecorder timeline)
    : INotificationHandler<PlanStarted>, INotificationHandler<PlanTaskCompleted>, INotificationHandler<PlanCompleted>
{
    public Task Handle(PlanStarted notification, CancellationToken ct)
    {
        Record(notification.Plan, PlanTimelineKinds.Started, PlanTimelineKinds.StartedArguments(notification.Plan));
        return Task.CompletedTask;
    }

    public Task Handle(PlanTaskCompleted notification, CancellationToken ct)
    {
        Record(notification.Plan, PlanTimelineKinds.TaskCompleted, PlanTimelineKinds.TaskArguments(notification.Task));
        return Task.CompletedTask;
    }

    public Task Handle(PlanCompleted notification, CancellationToken ct)
    {
        Record(notification.Plan, PlanTimelineKinds.Completed, PlanTimelineKinds.CompletedArguments(notification.Plan));
        return Task.CompletedTask;
    }

    private void Record(JourneyPlan plan, string kind, TimelineArguments arguments) =>
        timeline.RecordForEmployee(plan.EmployeeId, kind, arguments, PlanTimelineKinds.Audience, PlanTimelineKinds.Link(plan));
}
