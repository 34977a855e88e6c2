using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Onboarding.CheckIns;

/// <summary>
/// An answered check-in goes on the new hire's timeline for HR and their managers, as its average score (the words stay
/// on the check-ins page); a low one is an early sign that the person may not stay, so HR is told at once.
/// </summary>
public class RecordCheckInEvents(ErmDbContext db, TimelineRecorder timeline, INotifier notifier, NotificationRecipients recipients)
    : INotificationHandler<CheckInAnswered>
{
    public const string FlaggedKind = "check-in-flagged";
    public const TimelineAudience ManagersAndHr = TimelineAudience.ManagerChain | TimelineAudience.Hr;

    public async Task Handle(CheckInAnswered notification, CancellationToken ct)
    {
        var checkIn = notification.CheckIn;
        var employeeId = checkIn.Plan.EmployeeId;
        var link = CheckInTimelineKind.Link(checkIn.PlanId);
        timeline.RecordForEmployee(employeeId, CheckInTimelineKind.KindName, CheckInTimelineKind.Arguments(checkIn), ManagersAndHr, link);
        if (!checkIn.Flagged) return;
        var person = await db.Employees.Where(e => e.Id == employeeId).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstAsync(ct);
        await notifier.NotifyAsync(await recipients.InRoleAsync(Roles.Hr, ct), FlaggedKind,
            new NotificationArguments { ["employee"] = person, ["days"] = checkIn.DayMark.ToString(System.Globalization.CultureInfo.InvariantCulture) }, link, ct);
    }
}

/// <summary>"30-day check-in answered by the manager: 3.7 of 5", with a flag when any answer was low.</summary>
public class CheckInTimelineKind : ITimelineKind
{
    public const string KindName = "check-in";
    public string Name => KindName;
    public string Label => "Check-ins";
    public string Icon => "bi-chat-heart";
    public int Order => 120;

    public static string Link(int planId) => $"/onboarding/plans/{planId}/check-ins";

    public static TimelineArguments Arguments(CheckIn checkIn) => new TimelineArguments()
        .With("days", checkIn.DayMark).With("respondent", checkIn.Respondent.ToString())
        .With("average10", (int)Math.Round(checkIn.Average * 10)).With("flagged", checkIn.Flagged);

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        var days = a.Int("days") ?? 0;
        var average = ((a.Int("average10") ?? 0) / 10m).ToString("0.0", f.Culture);
        var sentence = a.Text("respondent") == nameof(CheckInRespondent.Manager)
            ? l["{0}-day check-in answered by the manager: {1} of 5", days, average]
            : l["{0}-day check-in answered by the new hire: {1} of 5", days, average];
        return a.Bool("flagged") == true ? l["{0} (a low answer: worth a conversation)", sentence.Value] : sentence;
    }
}
