using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// The person's running onboarding or offboarding plans on their profile, with progress and a link: for the person,
/// their managers and HR (who may start one from here when none runs). Nobody else sees it.
/// </summary>
public class PlanPanel(IMediator mediator) : ViewComponent
{
    public record Query(int EmployeeId) : IRequest<IReadOnlyList<Running>>;

    public record Running(int Id, JourneyKind Kind, DateOnly AnchorDate, int Done, int Total)
    {
        public int Percent => Total == 0 ? 100 : Done * 100 / Total;
    }

    public record Model(int EmployeeId, IReadOnlyList<Running> Plans, bool MayStart);

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject)
    {
        var hr = subject.Is(EmployeeRelation.Hr);
        if (!hr && !subject.Is(EmployeeRelation.Self) && !subject.Is(EmployeeRelation.ManagerChain)) return Content(string.Empty);
        var plans = await mediator.Send(new Query(subject.EmployeeId));
        return plans.Count > 0 || hr
            ? View("~/Onboarding/Plans/PlanPanel.cshtml", new Model(subject.EmployeeId, plans, hr))
            : Content(string.Empty);
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Query, IReadOnlyList<Running>>
    {
        public async Task<IReadOnlyList<Running>> Handle(Query request, CancellationToken ct) =>
            await db.Set<JourneyPlan>().Where(p => p.EmployeeId == request.EmployeeId && p.Status == PlanStatus.Running)
                .OrderBy(p => p.Kind)
                .Select(p => new Running(p.Id, p.Kind, p.AnchorDate, p.Tasks.Count(t => t.CompletedAtUtc != null), p.Tasks.Count))
                .ToListAsync(ct);
    }
}
