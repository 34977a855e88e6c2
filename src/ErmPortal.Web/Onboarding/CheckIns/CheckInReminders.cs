using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.CheckIns;

/// <summary>
/// A check-in not answered yet is in the respondent's digest on the day it is due, and again one and two weeks later:
/// often enough to be answered, not so often that it nags.
/// </summary>
public class CheckInReminders(ErmDbContext db) : IReminderSource
{
    public const string Kind = "check-in-due";
    public static readonly int[] DaysAfterDue = [0, 7, 14];

    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var dueOn = DaysAfterDue.Select(d => day.AddDays(-d)).ToList();
        var due = await db.Set<CheckIn>()
            .Where(c => c.SubmittedAtUtc == null && dueOn.Contains(c.DueDate))
                .Where(CheckIn.StillAsked)
            .Join(db.Employees, c => c.RespondentId, e => e.Id, (c, e) => new
            {
                c.Id, c.DayMark, e.UserId,
                Person = (c.Plan.Employee.PreferredName ?? c.Plan.Employee.LegalFirstName) + " " + c.Plan.Employee.LegalLastName,
            })
            .Where(c => c.UserId != null)
            .ToListAsync(cancellationToken);
        return due.Select(c => new ReminderItem(c.UserId!, Kind, new NotificationArguments
        {
            ["employee"] = c.Person, ["days"] = c.DayMark.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/me/check-ins/{c.Id}")).ToList();
    }
}
