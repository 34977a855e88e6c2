using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// The first (or last) day moved: HR moves the plan's day and every open task is re-dated from its offset. The answer
/// lists what moved, so HR can tell the people concerned.
/// </summary>
public static class MoveAnchorDay
{
    public record Command(int PlanId, Guid Version, DateOnly? AnchorDate) : ICommand<Model>;

    public record Change(string Title, DateOnly From, DateOnly To);

    public record Model(int PlanId, JourneyKind Kind, DateOnly From, DateOnly To, IReadOnlyList<Change> Changes);

    public class Handler(PlanEditing editing) : IRequestHandler<Command, Model>
    {
        public async Task<Model> Handle(Command request, CancellationToken ct)
        {
            var (plan, _) = await editing.LoadAsync(request.PlanId, request.Version, PlanOperations.Manage, ct);
            if (request.AnchorDate is not { } anchor) throw new DomainRuleException(nameof(Command.AnchorDate), "Choose the day the plan counts from.");
            var before = plan.Tasks.Where(t => !t.IsDone).ToDictionary(t => t, t => t.DueDate);
            var from = plan.AnchorDate;
            plan.MoveAnchor(anchor);
            await editing.SaveAsync(ct);
            var changes = before.Where(b => b.Key.DueDate != b.Value).OrderBy(b => b.Key.DueDate)
                .Select(b => new Change(b.Key.Title, b.Value, b.Key.DueDate)).ToList();
            return new Model(plan.Id, plan.Kind, from, anchor, changes);
        }
    }
}
