using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>HR names the buddy (or another one): the buddy's open tasks become theirs, and they are told.</summary>
public static class ChangeBuddy
{
    public record Command(int PlanId, Guid Version, int? BuddyId) : ICommand;

    public class Handler(ErmDbContext db, PlanEditing editing, TaskAssignments assignments) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (plan, _) = await editing.LoadAsync(request.PlanId, request.Version, PlanOperations.Manage, ct);
            if (request.BuddyId is not { } buddyId || !await db.Employees.AnyAsync(e => e.Id == buddyId && e.Status != EmployeeStatus.Left, ct))
                throw new DomainRuleException(nameof(Command.BuddyId), "Choose a buddy from the list.");
            plan.AssignBuddy(buddyId);
            await editing.SaveAsync(ct);
            await assignments.NotifyAsync(plan, plan.Tasks.Where(t => t.Owner == TaskOwner.Buddy), ct);
            return Unit.Value;
        }
    }
}
