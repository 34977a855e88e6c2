using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// Mandatory courses due soon or overdue, to the person who owes them: when they come within the warning window, a week
/// ahead, on the due day, and then every week while overdue, rather than every day, so a digest is not the same list
/// each morning. The digest is claimed once per person and day, so running twice adds nothing.
/// </summary>
public class MandatoryReminders(ErmDbContext db, MandatoryItems mandatory) : IReminderSource
{
    public const string Kind = "learning.mandatory-due";

    /// <summary>Days before the due day on which the reminder comes.</summary>
    public static readonly int[] DaysAhead = [MandatoryDueDates.DueSoonDays, 7, 0];

    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var due = (await mandatory.EveryoneAsync(cancellationToken))
            .Where(i => i.DueOn is { } on && (DaysAhead.Contains(on.DayNumber - day.DayNumber) || (on < day && (day.DayNumber - on.DayNumber) % 7 == 0)))
            .ToList();
        if (due.Count == 0) return [];
        var ids = due.Select(i => i.EmployeeId).Distinct().ToList();
        var accounts = await db.Employees.Where(e => ids.Contains(e.Id) && e.UserId != null).ToDictionaryAsync(e => e.Id, e => e.UserId!, cancellationToken);
        var titles = await Names.CoursesAsync(db, due.Select(i => i.CourseId), cancellationToken);
        return due.Where(i => accounts.ContainsKey(i.EmployeeId)).OrderBy(i => i.DueOn)
            .Select(i => new ReminderItem(accounts[i.EmployeeId], Kind, new NotificationArguments
            {
                ["course"] = titles[i.CourseId], ["due"] = NotificationArguments.DateValue(i.DueOn!.Value), ["overdue"] = i.DueOn < day ? "true" : "false",
            }, "/me/learning/mandatory")).ToList();
    }
}
