using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// Open tasks of running plans that fall due within two working days, or are overdue, for the person who has them: the
/// shared digest turns them into one message per person and day, however often it runs.
/// </summary>
public class PlanTaskReminders(ErmDbContext db) : IReminderSource
{
    public const int DueSoonWorkingDays = 2;

    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var until = DueDates.Resolve(day, DueSoonWorkingDays, OffsetUnit.WorkingDays);
        var tasks = await db.Set<PlanTask>()
            .Where(t => t.CompletedAtUtc == null && t.DueDate <= until && t.Plan.Status == PlanStatus.Running && t.Assignee!.UserId != null)
            .OrderBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.PlanId, t.Id, t.Title, t.DueDate, t.Assignee!.UserId,
                Person = (t.Plan.Employee.PreferredName ?? t.Plan.Employee.LegalFirstName) + " " + t.Plan.Employee.LegalLastName,
            })
            .ToListAsync(cancellationToken);
        return tasks.Select(t => new ReminderItem(t.UserId!, PlanNotifications.Due, new NotificationArguments
        {
            ["task"] = t.Title, ["person"] = t.Person, ["due"] = NotificationArguments.DateValue(t.DueDate),
            ["overdue"] = t.DueDate < day ? "true" : "false",
        }, $"/onboarding/plans/{t.PlanId}#task-{t.Id}")).ToList();
    }
}
