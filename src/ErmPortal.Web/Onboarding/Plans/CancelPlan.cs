using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>HR stops a plan that no longer applies (a hire who did not start); its tasks stay as they were, for the record.</summary>
public static class CancelPlan
{
    public record Command(int PlanId, Guid Version) : ICommand;

    public class Handler(PlanEditing editing, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (plan, _) = await editing.LoadAsync(request.PlanId, request.Version, PlanOperations.Manage, ct);
            plan.Cancel(clock.UtcNow);
            await editing.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
