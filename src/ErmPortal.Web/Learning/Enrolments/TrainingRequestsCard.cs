using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>"Training requests to decide" on the home page of whoever decides some: how many, and the oldest. Nothing for anyone else.</summary>
public class TrainingRequestsCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model?>;

    public record Model(int Count, int OldestId, string OldestPerson, string OldestCourse, DateTime OldestRequestedAtUtc);

    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new Query()) is { } model ? View("~/Learning/Enrolments/TrainingRequestsCard.cshtml", model) : Content(string.Empty);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query request, CancellationToken ct)
        {
            var hr = user.IsInRole(Roles.Hr);
            if (user.EmployeeId is null && !hr) return null;
            var waiting = db.Set<Enrolment>().Where(Deciders.WaitingOn(user.EmployeeId, hr));
            return await waiting.OrderBy(e => e.RequestedAtUtc).ThenBy(e => e.Id)
                .Select(e => new Model(waiting.Count(), e.Id, (e.Employee.PreferredName ?? e.Employee.LegalFirstName) + " " + e.Employee.LegalLastName,
                    e.Course.Title, e.RequestedAtUtc))
                .FirstOrDefaultAsync(ct);
        }
    }
}

/// <summary>
/// A request still waiting is in its decider's digest three days after it was made and every week after that: the person
/// is waiting, but a daily line would be noise.
/// </summary>
public class TrainingRequestReminders(ErmDbContext db, NotificationRecipients recipients) : IReminderSource
{
    public const int FirstAfterDays = 3;
    public const int EveryDays = 7;

    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken ct)
    {
        var waiting = await db.Set<Enrolment>().Where(e => e.Status == EnrolmentStatus.Requested)
            .Select(e => new
            {
                e.Id, e.RequestedAtUtc, e.Employee.ManagerId, ManagerUserId = e.Employee.Manager == null ? null : e.Employee.Manager.UserId, e.Employee.UserId,
                Person = (e.Employee.PreferredName ?? e.Employee.LegalFirstName) + " " + e.Employee.LegalLastName, Course = e.Course.Title,
            })
            .ToListAsync(ct);
        var due = waiting.Where(w => IsReminderDay(DateOnly.FromDateTime(w.RequestedAtUtc), day)).ToList();
        if (due.Count == 0) return [];
        var hr = due.Any(w => w.ManagerId is null) ? await recipients.InRoleAsync(Roles.Hr, ct) : [];
        return due.SelectMany(w => (w.ManagerId is null ? hr : w.ManagerUserId is { } manager ? [manager] : []).Where(u => u != w.UserId)
                .Select(u => new ReminderItem(u, PlaceNotifications.Waiting, new NotificationArguments { ["person"] = w.Person, ["course"] = w.Course },
                    $"/learning/requests/{w.Id}")))
            .ToList();
    }

    public static bool IsReminderDay(DateOnly requestedOn, DateOnly day)
    {
        var days = day.DayNumber - requestedOn.DayNumber;
        return days >= FirstAfterDays && (days - FirstAfterDays) % EveryDays == 0;
    }
}
