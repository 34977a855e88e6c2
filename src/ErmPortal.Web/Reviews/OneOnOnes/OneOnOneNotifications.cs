using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// What 1:1s tell their people: a meeting scheduled (the report), an agenda item added (the other person), and every
/// Monday the action items they own that are due within the week or overdue. Never a note's text: shared notes are
/// read on the page, private ones only by their writer.
/// </summary>
public static class OneOnOneNotifications
{
    public const string Scheduled = "one-on-one-scheduled";
    public const string AgendaItemAdded = "one-on-one-agenda-item";
    public const string ActionItemsDue = "one-on-one-action-items-due";

    public static IServiceCollection AddOneOnOneNotifications(this IServiceCollection services) => services
        .AddNotificationKind<ReviewsModule>(Scheduled, "A 1:1 with me was scheduled", "bi-calendar-event", emailByDefault: true,
            (args, l) => l["{0} scheduled a 1:1 with you on {1}.", args.Get("by"), args.DateText("day")])
        .AddNotificationKind<ReviewsModule>(AgendaItemAdded, "Something was added to the agenda of my 1:1", "bi-list-check", emailByDefault: false,
            (args, l) => l["{0} added to the agenda of your 1:1: {1}", args.Get("by"), args.Get("text")])
        .AddNotificationKind<ReviewsModule>(ActionItemsDue, "My action items from 1:1s are due", "bi-check2-square", emailByDefault: true,
            (args, l) => l["Action item from your 1:1 with {0}, due {1}: {2}", args.Get("with"), args.DateText("due"), args.Get("text")])
        .AddReminderSource<ActionItemReminders>();

    /// <summary>Long texts are cut, so a notification stays a line.</summary>
    public static string Short(string text) => text.Length > 140 ? text[..140] + "…" : text;
}

/// <summary>Every Monday, each owner's open action items due within the week or already overdue, one line each.</summary>
public class ActionItemReminders(ErmDbContext db) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken ct)
    {
        if (day.DayOfWeek != DayOfWeek.Monday) return [];
        var until = day.AddDays(7);
        var due = await db.Set<OneOnOneActionItem>()
            .Where(a => a.DoneAtUtc == null && a.DueOn <= until && a.Owner.UserId != null)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.MeetingId, a.Text, a.DueOn, UserId = a.Owner.UserId!,
                With = a.OwnerId == a.Meeting.ManagerId
                    ? (a.Meeting.Employee.PreferredName ?? a.Meeting.Employee.LegalFirstName) + " " + a.Meeting.Employee.LegalLastName
                    : (a.Meeting.Manager.PreferredName ?? a.Meeting.Manager.LegalFirstName) + " " + a.Meeting.Manager.LegalLastName,
            })
            .ToListAsync(ct);
        return due.Select(a => new ReminderItem(a.UserId, OneOnOneNotifications.ActionItemsDue,
                new NotificationArguments
                {
                    ["with"] = a.With, ["due"] = NotificationArguments.DateValue(a.DueOn), ["text"] = OneOnOneNotifications.Short(a.Text),
                },
                $"/reviews/one-on-ones/{a.MeetingId.ToString(CultureInfo.InvariantCulture)}"))
            .ToList();
    }
}
