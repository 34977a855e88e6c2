using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// The person's running onboarding or offboarding plans on their profile, with progress and a link, and the journeys
/// already over: for the person, their managers and HR (who may start one from here when none runs). Nobody else sees it.
/// </summary>
public class PlanPanel(IMediator mediator) : ViewComponent
{
    public record Query(int EmployeeId) : IRequest<IReadOnlyList<Plan>>;

    public record Plan(int Id, JourneyKind Kind, DateOnly AnchorDate, PlanStatus Status, DateTime? EndedAtUtc, int Done, int Total);

    public record Model(int EmployeeId, IReadOnlyList<Plan> Plans, bool MayStart)
    {
        public IEnumerable<Plan> Running => Plans.Where(p => p.Status == PlanStatus.Running);
        public IEnumerable<Plan> Ended => Plans.Where(p => p.Status != PlanStatus.Running);
    }

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject)
    {
        var hr = subject.Is(EmployeeRelation.Hr);
        if (!hr && !subject.Is(EmployeeRelation.Self) && !subject.Is(EmployeeRelation.ManagerChain)) return Content(string.Empty);
        var plans = await mediator.Send(new Query(subject.EmployeeId));
        return plans.Count > 0 || hr
            ? View("~/Onboarding/Plans/PlanPanel.cshtml", new Model(subject.EmployeeId, plans, hr))
            : Content(string.Empty);
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Query, IReadOnlyList<Plan>>
    {
        // A person has a handful of journeys in a career; the newest few ended ones are shown.
        private const int EndedShown = 5;

        public async Task<IReadOnlyList<Plan>> Handle(Query request, CancellationToken ct)
        {
            var plans = await db.Set<JourneyPlan>().Where(p => p.EmployeeId == request.EmployeeId)
                .OrderBy(p => p.Status != PlanStatus.Running).ThenBy(p => p.Kind).ThenByDescending(p => p.AnchorDate).Take(EndedShown + 2)
                .Select(p => new Plan(p.Id, p.Kind, p.AnchorDate, p.Status, p.EndedAtUtc, p.Tasks.Count(t => t.CompletedAtUtc != null), p.Tasks.Count))
                .ToListAsync(ct);
            return plans;
        }
    }
}
