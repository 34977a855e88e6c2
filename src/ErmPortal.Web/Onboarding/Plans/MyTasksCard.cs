using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// "My onboarding tasks" on the home page of anyone with open tasks on running plans: the most urgent first, overdue ones
/// marked. A new hire with tasks on their own plan is led from it to their welcome page, which no menu names.
/// </summary>
public class MyTasksCard(IMediator mediator) : ViewComponent
{
    public const int Shown = 5;

    public record Query : IRequest<Model>;

    public record Line(int PlanId, int TaskId, string Title, string Person, JourneyKind Kind, DateOnly DueDate, bool Overdue);

    public record Model(IReadOnlyList<Line> Tasks, int Open)
    {
        /// <summary>Some of the open tasks are on the viewer's own onboarding plan: the card links to their welcome page.</summary>
        public bool Welcome { get; init; }
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = await mediator.Send(new Query());
        return model.Open > 0 ? View("~/Onboarding/Plans/MyTasksCard.cshtml", model) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return new Model([], 0);
            var open = db.Set<PlanTask>().Where(t => t.AssigneeId == me && t.CompletedAtUtc == null && t.Plan.Status == PlanStatus.Running);
            // One command on everyone's home page: the first few tasks with the count of all, through the assignee's index.
            var rows = await open.OrderBy(t => t.DueDate).ThenBy(t => t.Id).Take(Shown).Select(t => new
            {
                t.PlanId, t.Id, t.Title, t.DueDate, t.Plan.Kind, t.Plan.TimeZoneId,
                Person = (t.Plan.Employee.PreferredName ?? t.Plan.Employee.LegalFirstName) + " " + t.Plan.Employee.LegalLastName,
                Open = open.Count(),
                Welcome = open.Any(o => o.Plan.EmployeeId == me && o.Plan.Kind == JourneyKind.Onboarding),
            }).ToListAsync(ct);
            var now = clock.UtcNow;
            return new Model(rows.Select(r => new Line(r.PlanId, r.Id, r.Title, r.Person, r.Kind, r.DueDate,
                r.DueDate < JourneyPlan.LocalToday(r.TimeZoneId, now))).ToList(), rows.FirstOrDefault()?.Open ?? 0)
            {
                Welcome = rows.FirstOrDefault()?.Welcome ?? false,
            };
        }
    }
}
