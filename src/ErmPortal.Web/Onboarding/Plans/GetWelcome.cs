using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// A new hire's welcome, open from the day their account is made (before day one too): their own checklist, the people
/// who look after them, their team, and what to know about the first day. Someone without an onboarding plan is told so.
/// </summary>
public static class GetWelcome
{
    public record Query : IRequest<Model>;

    public record Person(int Id, string Name, string Position, string Email, string? Phone, bool HasPhoto);

    public record MyTask(int Id, string Title, DateOnly DueDate, bool Done, bool Overdue);

    public record FirstDayTask(string Title, TaskOwner Owner, string? Assignee);

    public record Plan(int Id, DateOnly FirstDay, string Location, string City, IReadOnlyList<MyTask> Tasks, Person? Manager, Person? Buddy,
        IReadOnlyList<Person> Team, IReadOnlyList<FirstDayTask> FirstDayTasks)
    {
        public int Percent => Tasks.Count == 0 ? 100 : Tasks.Count(t => t.Done) * 100 / Tasks.Count;
    }

    public record Model(string FirstName, Plan? Onboarding);

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = user.EmployeeId ?? throw new NotFoundException();
            var self = await db.Employees.Where(e => e.Id == me)
                .Select(e => new { First = e.PreferredName ?? e.LegalFirstName, e.ManagerId, Location = e.Location.Name, e.Location.City }).SingleAsync(ct);
            var plan = await db.Set<JourneyPlan>().Where(p => p.EmployeeId == me && p.Kind == JourneyKind.Onboarding && p.Status != PlanStatus.Cancelled)
                .OrderByDescending(p => p.StartedAtUtc).Select(p => new { p.Id, p.AnchorDate, p.TimeZoneId, p.BuddyId }).FirstOrDefaultAsync(ct);
            if (plan is null) return new Model(self.First, null);

            var today = JourneyPlan.LocalToday(plan.TimeZoneId, clock.UtcNow);
            var tasks = await db.Set<PlanTask>().Where(t => t.PlanId == plan.Id).OrderBy(t => t.DueDate).ThenBy(t => t.Order)
                .Select(t => new
                {
                    t.Id, t.Title, t.DueDate, t.AssigneeId, t.Owner, Done = t.CompletedAtUtc != null,
                    Assignee = t.Assignee == null ? null : (t.Assignee.PreferredName ?? t.Assignee.LegalFirstName) + " " + t.Assignee.LegalLastName,
                }).ToListAsync(ct);
            var people = await db.Employees
                .Where(e => e.Id == self.ManagerId || e.Id == plan.BuddyId || (e.ManagerId == self.ManagerId && self.ManagerId != null && e.Id != me))
                .Where(e => e.Status != EmployeeStatus.Left)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new { e.Id, e.ManagerId, Person = new Person(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title,
                    e.WorkEmail, e.Phone, e.PhotoKey != null) })
                .ToListAsync(ct);
            return new Model(self.First, new Plan(plan.Id, plan.AnchorDate, self.Location, self.City,
                tasks.Where(t => t.AssigneeId == me).Select(t => new MyTask(t.Id, t.Title, t.DueDate, t.Done, !t.Done && t.DueDate < today)).ToList(),
                people.FirstOrDefault(p => p.Id == self.ManagerId)?.Person, people.FirstOrDefault(p => p.Id == plan.BuddyId)?.Person,
                people.Where(p => p.ManagerId == self.ManagerId && self.ManagerId != null).Select(p => p.Person).ToList(),
                tasks.Where(t => t.DueDate == plan.AnchorDate).Select(t => new FirstDayTask(t.Title, t.Owner, t.Assignee)).ToList()));
        }
    }
}
