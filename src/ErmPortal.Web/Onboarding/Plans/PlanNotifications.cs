using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>The notification kinds of plans: a person is told when tasks on someone's plan become theirs, and reminded when they fall due.</summary>
public static class PlanNotifications
{
    public const string Assigned = "onboarding-task-assigned";
    public const string Due = "onboarding-task-due";

    public static IServiceCollection AddPlanNotifications(this IServiceCollection services) => services
        .AddNotificationKind<OnboardingModule>(Assigned, "A task on someone's onboarding or offboarding plan is given to me", "bi-list-check",
            emailByDefault: true,
            (args, l) => l["You have {0} new task(s) on the plan of {1}, the first: {2}.", args.Get("count"), args.Get("person"), args.Get("task")])
        .AddNotificationKind<OnboardingModule>(Due, "A task of mine on an onboarding or offboarding plan is due or overdue", "bi-alarm",
            emailByDefault: false,
            (args, l) => args.Get("overdue") == "true"
                ? l["Overdue since {0}: {1} (plan of {2}).", args.DateText("due"), args.Get("task"), args.Get("person")]
                : l["Due on {0}: {1} (plan of {2}).", args.DateText("due"), args.Get("task"), args.Get("person")]);
}

/// <summary>
/// Tells each person of the tasks just given to them on a plan, one notification per person however many tasks; whoever
/// made the change is not told of their own act. Used when a plan starts and when HR adds, reassigns or names a buddy.
/// </summary>
public class TaskAssignments(ErmDbContext db, INotifier notifier, ICurrentUser user)
{
    public async Task NotifyAsync(JourneyPlan plan, IEnumerable<PlanTask> tasks, CancellationToken ct)
    {
        var byPerson = tasks.Where(t => t.AssigneeId is not null && t.AssigneeId != user.EmployeeId && !t.IsDone)
            .GroupBy(t => t.AssigneeId!.Value).ToList();
        if (byPerson.Count == 0) return;
        var ids = byPerson.Select(g => g.Key).ToList();
        var accounts = await db.Employees.Where(e => ids.Contains(e.Id) && e.UserId != null).ToDictionaryAsync(e => e.Id, e => e.UserId!, ct);
        var person = await db.Employees.Where(e => e.Id == plan.EmployeeId)
            .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).SingleAsync(ct);
        foreach (var group in byPerson.Where(g => accounts.ContainsKey(g.Key)))
        {
            var first = group.OrderBy(t => t.DueDate).First();
            await notifier.NotifyAsync([accounts[group.Key]], PlanNotifications.Assigned, new NotificationArguments
            {
                ["count"] = group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), ["person"] = person, ["task"] = first.Title,
            }, $"/onboarding/plans/{plan.Id}", ct);
        }
    }
}

/// <summary>When a plan starts (by HR or by a hire), everyone with a task on it is told.</summary>
public class NotifyAssigneesWhenPlanStarts(TaskAssignments assignments) : INotificationHandler<PlanStarted>
{
    public Task Handle(PlanStarted notification, CancellationToken ct) => assignments.NotifyAsync(notification.Plan, notification.Plan.Tasks, ct);
}
