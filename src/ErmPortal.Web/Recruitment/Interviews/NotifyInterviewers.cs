using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Preferences;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>The notification kinds of interviews: the interviewers are told when they are invited, and of every change after.</summary>
public static class InterviewNotifications
{
    public const string Invited = "interview-invited";
    public const string Rescheduled = "interview-rescheduled";
    public const string Cancelled = "interview-cancelled";

    public static IServiceCollection AddInterviewNotifications(this IServiceCollection services) => services
        .AddNotificationKind<RecruitmentModule>(Invited, "I am asked to interview a candidate", "bi-calendar-plus", emailByDefault: true,
            (args, l) => l["You are invited to interview {0} for {1} on {2}.", args.Get("candidate"), args.Get("opening"), args.Get("when")])
        .AddNotificationKind<RecruitmentModule>(Rescheduled, "An interview of mine is moved", "bi-calendar-week", emailByDefault: true,
            (args, l) => l["Your interview of {0} for {1} is now on {2}.", args.Get("candidate"), args.Get("opening"), args.Get("when")])
        .AddNotificationKind<RecruitmentModule>(Cancelled, "An interview of mine is cancelled", "bi-calendar-x", emailByDefault: true,
            (args, l) => l["Your interview of {0} for {1} on {2} was cancelled.", args.Get("candidate"), args.Get("opening"), args.Get("when")]);
}

/// <summary>
/// Tells each interviewer what changed for them: newly on the panel, invited; taken off it or called off, cancelled;
/// still on it, moved. Whoever made the change is not told of their own act. The time is written in each reader's own
/// language and time zone, as they set them in their preferences.
/// </summary>
public class NotifyInterviewers(ErmDbContext db, INotifier notifier, ICurrentUser user, IOptions<PortalTimeOptions> time)
    : INotificationHandler<InterviewScheduled>, INotificationHandler<InterviewRescheduled>, INotificationHandler<InterviewCancelled>
{
    public Task Handle(InterviewScheduled notification, CancellationToken ct) =>
        NotifyAsync(notification.Interview, notification.Interview.Interviewers.Select(i => i.EmployeeId), InterviewNotifications.Invited,
            notification.Interview.StartsAtUtc, ct);

    public async Task Handle(InterviewRescheduled notification, CancellationToken ct)
    {
        var interview = notification.Interview;
        var staying = interview.Interviewers.Select(i => i.EmployeeId).Except(notification.Added);
        await NotifyAsync(interview, notification.Added, InterviewNotifications.Invited, interview.StartsAtUtc, ct);
        await NotifyAsync(interview, staying, InterviewNotifications.Rescheduled, interview.StartsAtUtc, ct);
        await NotifyAsync(interview, notification.Removed, InterviewNotifications.Cancelled, interview.StartsAtUtc, ct);
    }

    public Task Handle(InterviewCancelled notification, CancellationToken ct) =>
        NotifyAsync(notification.Interview, notification.Interview.Interviewers.Select(i => i.EmployeeId), InterviewNotifications.Cancelled,
            notification.Interview.StartsAtUtc, ct);

    private async Task NotifyAsync(Interview interview, IEnumerable<int> employeeIds, string kind, DateTime startsAtUtc, CancellationToken ct)
    {
        var ids = employeeIds.Where(id => id != user.EmployeeId).ToList();
        if (ids.Count == 0) return;
        var about = await db.Set<JobApplication>().Where(a => a.Id == interview.ApplicationId)
            .Select(a => new { Candidate = a.Candidate.FirstName + " " + a.Candidate.LastName, Opening = a.Opening.Title }).SingleAsync(ct);
        var readers = await (from e in db.Employees
                             where ids.Contains(e.Id) && e.UserId != null
                             join u in db.Users on e.UserId equals u.Id
                             select new { u.Id, u.PreferredCulture, u.TimeZoneId }).ToListAsync(ct);
        foreach (var group in readers.GroupBy(r => (r.PreferredCulture, r.TimeZoneId)))
        {
            var arguments = new NotificationArguments
            {
                ["candidate"] = about.Candidate, ["opening"] = about.Opening,
                ["when"] = When(startsAtUtc, group.Key.PreferredCulture, group.Key.TimeZoneId),
            };
            await notifier.NotifyAsync(group.Select(r => r.Id), kind, arguments, "/me/interviews", ct);
        }
    }

    /// <summary>The start as the reader's clock shows it, with the zone named, since an email may be read anywhere.</summary>
    private string When(DateTime startsAtUtc, string? cultureName, string? zoneId)
    {
        var zone = ViewerFormat.FindZone(zoneId) ?? ViewerFormat.FindZone(time.Value.TimeZone) ?? TimeZoneInfo.Utc;
        var culture = ViewerFormat.WithNativeCalendar(CultureInfo.GetCultureInfo(string.IsNullOrEmpty(cultureName) ? "en" : cultureName));
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc), zone);
        return $"{local.ToString("g", culture)} ({zone.Id})";
    }
}
