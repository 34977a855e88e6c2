using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// HR adds a task to a running plan, due relative to the anchor day like a template's (so it moves with it), given to
/// a person chosen or, if none, to whoever fills the owner's role on this plan.
/// </summary>
public static class AddPlanTask
{
    public record Command : ICommand
    {
        public int PlanId { get; set; }
        public Guid Version { get; set; }
        public string Title { get; set; } = "";
        public string? Instructions { get; set; }
        public TaskOwner Owner { get; set; } = TaskOwner.Hr;
        public int DueOffset { get; set; }
        public OffsetUnit DueUnit { get; set; } = OffsetUnit.WorkingDays;
        public int? AssigneeId { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Title).NotEmpty().WithMessage("Give the task a title.").MaximumLength(200);
            RuleFor(c => c.Instructions).MaximumLength(2000);
            RuleFor(c => c.DueOffset).InclusiveBetween(-365, 365).WithMessage("The due offset must be within a year of the day.");
            RuleFor(c => c.Owner).IsInEnum();
            RuleFor(c => c.DueUnit).IsInEnum();
        }
    }

    public class Handler(ErmDbContext db, PlanEditing editing, TaskAssignments assignments, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (plan, _) = await editing.LoadAsync(request.PlanId, request.Version, PlanOperations.Manage, ct);
            if (request.AssigneeId is { } chosen && !await db.Employees.AnyAsync(e => e.Id == chosen && e.Status != EmployeeStatus.Left, ct))
                throw new DomainRuleException(nameof(Command.AssigneeId), "Choose a person from the list.");
            var managerId = await db.Employees.Where(e => e.Id == plan.EmployeeId).Select(e => e.ManagerId).SingleAsync(ct);
            var roles = new JourneyPlan.Assignees(user.EmployeeId, managerId, null, plan.BuddyId, plan.EmployeeId);
            var task = plan.AddTask(new TemplateTask
            {
                Title = request.Title.Trim(), Instructions = string.IsNullOrWhiteSpace(request.Instructions) ? null : request.Instructions.Trim(),
                Owner = request.Owner, DueOffset = request.DueOffset, DueUnit = request.DueUnit,
            }, request.AssigneeId ?? roles.For(request.Owner));
            await editing.SaveAsync(ct);
            await assignments.NotifyAsync(plan, [task], ct);
            return Unit.Value;
        }
    }
}
