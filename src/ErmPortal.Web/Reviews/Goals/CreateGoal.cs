using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>The person or their direct manager sets a goal, possibly in support of one of the manager's open goals.</summary>
public static class CreateGoal
{
    public record Query(int EmployeeId) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(int EmployeeId, string Person, bool IsOwn, Command Form, IReadOnlyList<AlignmentOption> Alignments);

    public class Command : GoalForm, ICommand<int>
    {
        /// <summary>From the address, so that it is known when the form is validated, before the action runs.</summary>
        [FromRoute(Name = "employeeId")]
        public int EmployeeId { get; set; }
    }

    public class Validator(GoalForms forms) : GoalFormValidator<Command>(forms, c => c.EmployeeId, _ => null);

    public class QueryHandler(GoalAccess access, GoalForms forms, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, GoalOperations.Edit, ct);
            var heading = await forms.HeadingAsync(request.EmployeeId, ct);
            var form = request.Form ?? new Command { EmployeeId = request.EmployeeId, Weight = 25 };
            return new Model(request.EmployeeId, heading.Person, request.EmployeeId == user.EmployeeId, form,
                await forms.AlignmentsAsync(heading.ManagerId, null, ct));
        }
    }

    /// <summary>The validator, which every sender runs, has checked the alignment.</summary>
    public class Handler(ErmDbContext db, GoalAccess access, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, GoalOperations.Edit, ct);
            var goal = new PerformanceGoal { EmployeeId = request.EmployeeId, Title = "", Status = PerformanceGoalStatus.NotStarted, CreatedAtUtc = clock.UtcNow };
            request.ApplyTo(goal);
            db.Add(goal);
            await db.SaveChangesAsync(ct);
            return goal.Id;
        }
    }
}
