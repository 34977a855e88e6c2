using ErmPortal.Data.Learning;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Learning.Development;

/// <summary>The person, a manager above them or HR adds a goal to the plan; both agreements are cleared and the other side asked.</summary>
public static class AddGoal
{
    public record Command : ICommand
    {
        public int EmployeeId { get; set; }
        public Guid Version { get; init; }
        public string? Title { get; init; }
        public string? Skill { get; init; }
        public DateOnly? TargetDate { get; init; }
    }

    public class Handler(DevelopmentPlans plans) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (_, plan) = await plans.OpenAsync(request.EmployeeId, request.Version, ct);
            var title = request.Title?.Trim() ?? "";
            var skill = string.IsNullOrWhiteSpace(request.Skill) ? null : request.Skill.Trim();
            // Checked after access, so someone with no part in the plan is told it does not exist, whatever they posted.
            if (title.Length is 0 or > 200) throw new DomainRuleException(nameof(Command.Title), "Give the goal a title of at most 200 characters.");
            if (skill?.Length > 60) throw new DomainRuleException(nameof(Command.Skill), "Keep each skill to 60 characters.");
            if (request.TargetDate is not { } target) throw new DomainRuleException(nameof(Command.TargetDate), "Give the day the goal should be reached.");
            plan.Goals.Add(new DevelopmentGoal { Title = title, Skill = skill, TargetDate = target, Status = GoalStatus.Open });
            await plans.ChangedAsync(plan, ct);
            await plans.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
