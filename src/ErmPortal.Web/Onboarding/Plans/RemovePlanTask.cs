using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>HR takes an open task off a plan; a task done stays as the record of it. Removing the last open one completes the plan.</summary>
public static class RemovePlanTask
{
    public record Command(int PlanId, int TaskId, Guid Version) : ICommand;

    public class Handler(PlanEditing editing, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (plan, _) = await editing.LoadAsync(request.PlanId, request.Version, PlanOperations.Manage, ct);
            plan.RemoveTask(plan.Tasks.FirstOrDefault(t => t.Id == request.TaskId) ?? throw new NotFoundException(), clock.UtcNow);
            await editing.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
