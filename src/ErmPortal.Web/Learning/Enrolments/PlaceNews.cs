using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// What happens to a place goes on the person's timeline (for them, their managers and HR) and, where someone must act or
/// would want to know, into their notifications: the decider of a new request, the person of a decision, an assignment,
/// a seat from the waiting list or a session called off. Written in the command's transaction, so they commit with it.
/// </summary>
public class PlaceNews(ErmDbContext db, TimelineRecorder timeline, INotifier notifier, NotificationRecipients recipients)
{
    public const TimelineAudience Audience = TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr;

    private record Facts(int Id, int EmployeeId, string? UserId, string Person, int? ManagerId, string? ManagerUserId, int CourseId, string Course,
        DateTime? StartsAtUtc, string? TimeZoneId);

    public async Task RequestedAsync(Enrolment place, CancellationToken ct)
    {
        var facts = (await FactsAsync([place], ct))[0];
        Record(facts, PlaceTimeline.Requested, Arguments(facts));
        // A person without a manager is decided by HR.
        var deciders = facts.ManagerId is null ? await recipients.InRoleAsync(Roles.Hr, ct) : facts.ManagerUserId is { } manager ? [manager] : [];
        await notifier.NotifyAsync(deciders.Where(d => d != facts.UserId), PlaceNotifications.NewRequest,
            new NotificationArguments { ["person"] = facts.Person, ["course"] = facts.Course }, $"/learning/requests/{place.Id}", ct);
    }

    public async Task DecidedAsync(Enrolment place, CancellationToken ct)
    {
        var facts = (await FactsAsync([place], ct))[0];
        var declined = place.Status == EnrolmentStatus.Declined;
        Record(facts, declined ? PlaceTimeline.Declined : PlaceTimeline.Approved,
            Arguments(facts).With(PlaceTimeline.Reason, place.DecisionReason).With(PlaceTimeline.Waiting, place.Status == EnrolmentStatus.Waitlisted));
        await NotifyPersonAsync(facts, PlaceNotifications.Decided, new NotificationArguments
        {
            ["course"] = facts.Course, ["outcome"] = place.Status.ToString(), ["reason"] = place.DecisionReason ?? "",
        }, ct);
    }

    public async Task AssignedAsync(IReadOnlyList<Enrolment> places, CancellationToken ct)
    {
        foreach (var (facts, place) in (await FactsAsync(places, ct)).Zip(places))
        {
            var arguments = Arguments(facts).With(PlaceTimeline.Waiting, place.Status == EnrolmentStatus.Waitlisted);
            if (place.DueOn is { } due) arguments.With(PlaceTimeline.Due, due);
            Record(facts, PlaceTimeline.Assigned, arguments);
            await NotifyPersonAsync(facts, PlaceNotifications.Assigned, new NotificationArguments
            {
                ["course"] = facts.Course, ["due"] = place.DueOn is { } d ? NotificationArguments.DateValue(d) : "",
            }, ct);
        }
    }

    /// <summary>A place withdrawn by the person (nobody else to tell), removed by HR, or ended with its cancelled session (both told).</summary>
    public async Task WithdrawnAsync(IReadOnlyList<Enrolment> places, bool byPerson, bool sessionCancelled, CancellationToken ct)
    {
        foreach (var facts in await FactsAsync(places, ct))
        {
            Record(facts, PlaceTimeline.Withdrawn, Arguments(facts).With(PlaceTimeline.Cancelled, sessionCancelled));
            if (byPerson) continue;
            await NotifyPersonAsync(facts, PlaceNotifications.Withdrawn, new NotificationArguments
            {
                ["course"] = facts.Course, ["cancelled"] = sessionCancelled ? "true" : "false",
            }, ct);
        }
    }

    public async Task SeatedFromWaitingListAsync(IReadOnlyList<Enrolment> places, CancellationToken ct)
    {
        if (places.Count == 0) return;
        foreach (var facts in await FactsAsync(places, ct))
        {
            var arguments = Arguments(facts);
            Record(facts, PlaceTimeline.Seated, arguments);
            await NotifyPersonAsync(facts, PlaceNotifications.Seated, new NotificationArguments
            {
                ["course"] = facts.Course, ["day"] = arguments.Text(PlaceTimeline.Day) ?? "",
            }, ct);
        }
    }

    private Task NotifyPersonAsync(Facts facts, string kind, NotificationArguments arguments, CancellationToken ct) =>
        facts.UserId is { } user ? notifier.NotifyAsync([user], kind, arguments, "/me/learning", ct) : Task.CompletedTask;

    private void Record(Facts facts, string kind, TimelineArguments arguments) =>
        timeline.RecordForEmployee(facts.EmployeeId, kind, arguments, Audience, $"/learning/courses/{facts.CourseId}");

    private static TimelineArguments Arguments(Facts facts)
    {
        var arguments = new TimelineArguments().With(PlaceTimeline.Course, facts.Course);
        if (facts.StartsAtUtc is { } starts)
            arguments.With(PlaceTimeline.Day, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(starts, ViewerFormat.FindZone(facts.TimeZoneId!) ?? TimeZoneInfo.Utc)));
        return arguments;
    }

    /// <summary>The names and accounts the sentences need, for all places at once.</summary>
    private async Task<List<Facts>> FactsAsync(IReadOnlyList<Enrolment> places, CancellationToken ct)
    {
        var ids = places.Select(p => p.Id).ToList();
        var found = await db.Set<Enrolment>().Where(e => ids.Contains(e.Id))
            .Select(e => new Facts(e.Id, e.EmployeeId, e.Employee.UserId, (e.Employee.PreferredName ?? e.Employee.LegalFirstName) + " " + e.Employee.LegalLastName,
                e.Employee.ManagerId, e.Employee.Manager == null ? null : e.Employee.Manager.UserId, e.CourseId, e.Course.Title,
                e.Session == null ? null : e.Session.StartsAtUtc, e.Session == null ? null : e.Session.TimeZoneId))
            .ToDictionaryAsync(f => f.Id, ct);
        return places.Select(p => found[p.Id]).ToList();
    }
}

/// <summary>The notification kinds of places and requests.</summary>
public static class PlaceNotifications
{
    public const string NewRequest = "learning-request-new";
    public const string Waiting = "learning-request-waiting";
    public const string Decided = "learning-request-decided";
    public const string Assigned = "learning-place-assigned";
    public const string Seated = "learning-place-seated";
    public const string Withdrawn = "learning-place-withdrawn";

    public static IServiceCollection AddPlaceNotifications(this IServiceCollection services) => services
        .AddNotificationKind<LearningModule>(NewRequest, "Someone I decide for asks for a place on a course", "bi-mortarboard", emailByDefault: true,
            (a, l) => l["{0} asks for a place on {1}.", a.Get("person"), a.Get("course")])
        .AddNotificationKind<LearningModule>(Waiting, "A training request waits for my decision", "bi-hourglass-split", emailByDefault: false,
            (a, l) => l["{0}'s request for {1} waits for your decision.", a.Get("person"), a.Get("course")])
        .AddNotificationKind<LearningModule>(Decided, "My training request is decided", "bi-check2-circle", emailByDefault: true,
            (a, l) => a.Get("outcome") switch
            {
                nameof(EnrolmentStatus.Declined) => l["Your request for {0} was declined: {1}", a.Get("course"), a.Get("reason")],
                nameof(EnrolmentStatus.Waitlisted) => l["Your request for {0} was approved; the session is full, so you are on its waiting list.", a.Get("course")],
                _ => l["Your request for {0} was approved: your place is booked.", a.Get("course")],
            })
        .AddNotificationKind<LearningModule>(Assigned, "HR assigns me a course", "bi-journal-check", emailByDefault: true,
            (a, l) => a.Get("due").Length > 0
                ? l["HR assigned you {0}, to complete by {1}.", a.Get("course"), a.DateText("due")]
                : l["HR assigned you {0}.", a.Get("course")])
        .AddNotificationKind<LearningModule>(Seated, "I get a seat from a waiting list", "bi-person-check", emailByDefault: true,
            (a, l) => l["A seat freed up on {0} ({1}): it is yours.", a.Get("course"), a.DateText("day")])
        .AddNotificationKind<LearningModule>(Withdrawn, "My place on a course is withdrawn", "bi-x-circle", emailByDefault: true,
            (a, l) => a.Get("cancelled") == "true"
                ? l["The session of {0} was cancelled; your place on it is withdrawn.", a.Get("course")]
                : l["HR removed your place on {0}.", a.Get("course")]);
}

/// <summary>The timeline kinds of places and their arguments' names.</summary>
public static class PlaceTimeline
{
    public const string Requested = "learning-requested";
    public const string Approved = "learning-approved";
    public const string Declined = "learning-declined";
    public const string Assigned = "learning-assigned";
    public const string Withdrawn = "learning-withdrawn";
    public const string Seated = "learning-seated";

    public const string Course = "course", Day = "day", Reason = "reason", Due = "due", Waiting = "waiting", Cancelled = "cancelled";

    public static IServiceCollection AddPlaceTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<PlaceRequestedKind>().AddTimelineKind<PlaceApprovedKind>().AddTimelineKind<PlaceDeclinedKind>()
        .AddTimelineKind<PlaceAssignedKind>().AddTimelineKind<PlaceWithdrawnKind>().AddTimelineKind<PlaceSeatedKind>();

    /// <summary>"Leadership basics (12/03/2027)", or the title alone for a course without a session.</summary>
    internal static string CourseText(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        a.Date(Day) is { } day ? l["{0} ({1})", a.Text(Course) ?? "", f.Date(day)] : a.Text(Course) ?? "";
}

public class PlaceRequestedKind : ITimelineKind
{
    public string Name => PlaceTimeline.Requested;
    public string Label => "Training requests";
    public string Icon => "bi-mortarboard";
    public int Order => 800;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => l["Asked for a place on {0}", PlaceTimeline.CourseText(a, l, f)];
}

public class PlaceApprovedKind : ITimelineKind
{
    public string Name => PlaceTimeline.Approved;
    public string Label => "Training approved";
    public string Icon => "bi-check2-circle";
    public int Order => 801;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => a.Bool(PlaceTimeline.Waiting) == true
        ? l["Training request approved, on the waiting list: {0}", PlaceTimeline.CourseText(a, l, f)]
        : l["Training request approved: {0}", PlaceTimeline.CourseText(a, l, f)];
}

public class PlaceDeclinedKind : ITimelineKind
{
    public string Name => PlaceTimeline.Declined;
    public string Label => "Training declined";
    public string Icon => "bi-x-circle";
    public int Order => 802;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Training request declined: {0}. Reason: {1}", PlaceTimeline.CourseText(a, l, f), a.Text(PlaceTimeline.Reason) ?? ""];
}

public class PlaceAssignedKind : ITimelineKind
{
    public string Name => PlaceTimeline.Assigned;
    public string Label => "Training assigned";
    public string Icon => "bi-journal-check";
    public int Order => 803;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => a.Date(PlaceTimeline.Due) is { } due
        ? l["Assigned by HR: {0}, due by {1}", PlaceTimeline.CourseText(a, l, f), f.Date(due)]
        : l["Assigned by HR: {0}", PlaceTimeline.CourseText(a, l, f)];
}

public class PlaceWithdrawnKind : ITimelineKind
{
    public string Name => PlaceTimeline.Withdrawn;
    public string Label => "Training withdrawn";
    public string Icon => "bi-box-arrow-left";
    public int Order => 804;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => a.Bool(PlaceTimeline.Cancelled) == true
        ? l["Place withdrawn, the session was cancelled: {0}", PlaceTimeline.CourseText(a, l, f)]
        : l["Place withdrawn: {0}", PlaceTimeline.CourseText(a, l, f)];
}

public class PlaceSeatedKind : ITimelineKind
{
    public string Name => PlaceTimeline.Seated;
    public string Label => "Seats from waiting lists";
    public string Icon => "bi-person-check";
    public int Order => 805;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) => l["Given a seat from the waiting list: {0}", PlaceTimeline.CourseText(a, l, f)];
}
