using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// HR gives an open task to someone else: one of the people around the plan, or any colleague by work email. The new
/// assignee is told.
/// </summary>
public static class ReassignTask
{
    public record Command : ICommand
    {
        public int PlanId { get; set; }
        public int TaskId { get; set; }
        public Guid Version { get; set; }
        public int? AssigneeId { get; set; }
        /// <summary>Anyone else, by their work email; wins over the list when given.</summary>
        public string? Email { get; set; }
    }

    public class Handler(ErmDbContext db, PlanEditing editing, TaskAssignments assignments) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (plan, _) = await editing.LoadAsync(request.PlanId, request.Version, PlanOperations.Manage, ct);
            var task = plan.Tasks.FirstOrDefault(t => t.Id == request.TaskId) ?? throw new NotFoundException();
            if (task.IsDone) throw new DomainRuleException("", "This task is already done.");
            var email = request.Email?.Trim();
            var assigneeId = await db.Employees
                .Where(e => e.Status != EmployeeStatus.Left && (string.IsNullOrEmpty(email) ? e.Id == request.AssigneeId : e.WorkEmail == email))
                .Select(e => (int?)e.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainRuleException(nameof(Command.Email), string.IsNullOrEmpty(email)
                    ? "Choose a person from the list." : "No colleague has this work email.");
            plan.Reassign(task, assigneeId);
            await editing.SaveAsync(ct);
            await assignments.NotifyAsync(plan, [task], ct);
            return Unit.Value;
        }
    }
}
