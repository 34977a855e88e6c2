using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Learning.Development;

/// <summary>A goal is marked achieved, dropped or open again, or removed; either way the plan changed and must be agreed again.</summary>
public static class ChangeGoal
{
    /// <summary>No status: remove the goal.</summary>
    public record Command(int EmployeeId, int GoalId, Guid Version, GoalStatus? Status) : ICommand;

    public class Handler(DevelopmentPlans plans) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (_, plan) = await plans.OpenAsync(request.EmployeeId, request.Version, ct);
            var goal = plan.Goals.FirstOrDefault(g => g.Id == request.GoalId) ?? throw new NotFoundException();
            if (request.Status is { } status) goal.Status = Enum.IsDefined(status) ? status : throw new NotFoundException();
            else plan.Goals.Remove(goal);
            await plans.ChangedAsync(plan, ct);
            await plans.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
