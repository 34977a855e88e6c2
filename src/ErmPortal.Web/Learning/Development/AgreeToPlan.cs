using ErmPortal.Data.Learning;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using MediatR;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// The person agrees to their plan, or their manager does, to the plan as the page showed it: a plan changed since is
/// refused. When both have agreed, the person's timeline says so.
/// </summary>
public static class AgreeToPlan
{
    public record Command(int EmployeeId, Guid Version) : ICommand;

    public class Handler(DevelopmentPlans plans, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            // Agreement is between the person and the manager they report to; others above and HR comment instead.
            var (viewer, plan) = await plans.OpenAsync(request.EmployeeId, request.Version, ct,
                v => v.Is(EmployeeRelation.Self) || v.Is(EmployeeRelation.DirectManager));
            var asEmployee = viewer.Is(EmployeeRelation.Self);
            if (plan.Goals.Count == 0 && plan.Courses.Count == 0) throw new DomainRuleException("", "Add a goal or a course before agreeing to the plan.");
            plan.Agree(asEmployee, user.EmployeeId, clock.UtcNow);
            await plans.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
