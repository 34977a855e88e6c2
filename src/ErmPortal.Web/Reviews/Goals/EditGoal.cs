using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>
/// The person or their direct manager rewrites a goal. Both may edit it, so a form opened before the other saved (or
/// checked in) is refused, showing what the goal says now, rather than silently replacing their change.
/// </summary>
public static class EditGoal
{
    public record Query(int EmployeeId, int GoalId) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(int EmployeeId, string Person, bool IsOwn, Command Form, IReadOnlyList<AlignmentOption> Alignments);

    public class Command : GoalForm, ICommand
    {
        [FromRoute(Name = "employeeId")]
        public int EmployeeId { get; set; }
        [FromRoute(Name = "goalId")]
        public int GoalId { get; set; }
        /// <summary>The goal's version when the form was opened; another in the database means someone saved in between.</summary>
        public Guid Version { get; set; }

        public static Command Of(PerformanceGoal goal)
        {
            var command = new Command { EmployeeId = goal.EmployeeId, GoalId = goal.Id, Version = goal.Version };
            command.Fill(goal);
            return command;
        }
    }

    public class Validator(GoalForms forms) : GoalFormValidator<Command>(forms, c => c.EmployeeId, c => c.GoalId);

    public class QueryHandler(ErmDbContext db, GoalAccess access, GoalForms forms, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, GoalOperations.Edit, ct);
            var goal = await db.Set<PerformanceGoal>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == request.GoalId && g.EmployeeId == request.EmployeeId, ct)
                       ?? throw new NotFoundException();
            var heading = await forms.HeadingAsync(request.EmployeeId, ct);
            return new Model(request.EmployeeId, heading.Person, request.EmployeeId == user.EmployeeId, request.Form ?? Command.Of(goal),
                await forms.AlignmentsAsync(heading.ManagerId, goal.AlignedToGoalId, ct));
        }
    }

    /// <summary>The validator, which every sender runs, has checked the alignment.</summary>
    public class Handler(ErmDbContext db, GoalAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, GoalOperations.Edit, ct);
            var goal = await db.Set<PerformanceGoal>().FirstOrDefaultAsync(g => g.Id == request.GoalId && g.EmployeeId == request.EmployeeId, ct)
                       ?? throw new NotFoundException();
            if (goal.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this goal after you opened the form. Check what it says now and make your change again.");
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(goal).Property(g => g.Version).OriginalValue = request.Version;
            request.ApplyTo(goal);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else changed this goal while you were saving. Open it again to see their changes.");
            }
            return Unit.Value;
        }
    }
}
