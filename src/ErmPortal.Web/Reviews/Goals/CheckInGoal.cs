using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>
/// The person or their direct manager says where a goal stands: progress, status and a comment. The goal takes the
/// check-in's progress and status. A check-in made on an older view of the goal is refused, so neither of the two
/// overwrites the other's newer word without seeing it.
/// </summary>
public static class CheckInGoal
{
    public const string StaleMessage = "Someone else updated this goal after you opened the page. Check where it stands now and try again.";

    public record Command(int EmployeeId, int GoalId, Guid Version, int? Progress, PerformanceGoalStatus? Status, string? Comment) : ICommand;

    public class Handler(ErmDbContext db, GoalAccess access, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, GoalOperations.Edit, ct);
            var goal = await db.Set<PerformanceGoal>().FirstOrDefaultAsync(g => g.Id == request.GoalId && g.EmployeeId == request.EmployeeId, ct)
                       ?? throw new NotFoundException();
            if (goal.Version != request.Version) throw new ConcurrencyConflictException(StaleMessage);
            // Checked after access, so someone with no part in the goal is told it does not exist, whatever they posted.
            if (request.Progress is not { } progress || progress is < 0 or > 100)
                throw new DomainRuleException(nameof(Command.Progress), "Give the progress in percent, from 0 to 100.");
            if (request.Status is not { } status || !Enum.IsDefined(status))
                throw new DomainRuleException(nameof(Command.Status), "Choose where the goal stands.");
            var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
            if (comment?.Length > 2000) throw new DomainRuleException(nameof(Command.Comment), "Keep the comment to 2000 characters.");

            db.Entry(goal).Property(g => g.Version).OriginalValue = request.Version;
            goal.Progress = progress;
            goal.Status = status;
            db.Add(new GoalCheckIn { GoalId = goal.Id, Progress = progress, Status = status, Comment = comment, AuthorId = user.EmployeeId, CheckedInAtUtc = clock.UtcNow });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(StaleMessage); }
            return Unit.Value;
        }
    }
}
