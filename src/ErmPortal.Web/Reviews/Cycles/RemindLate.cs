using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// HR reminds everyone who has not yet done their part of the current phase: a notification in the portal, and an email
/// unless they turned those off. One notification each, however many of their reports' reviews a reviewer still owes.
/// </summary>
public static class RemindLate
{
    public const string Kind = "reviews.phase-due";

    [RequireRole(Roles.Hr)]
    public record Command(int Id) : ICommand<int>;

    public class Handler(ErmDbContext db, INotifier notifier, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var cycle = await db.Set<ReviewCycle>().AsNoTracking().Include(c => c.Deadlines).FirstOrDefaultAsync(c => c.Id == request.Id, ct)
                        ?? throw new NotFoundException();
            var owner = CycleWork.OwnerOf(cycle.Phase);
            if (owner == PhaseOwner.Nobody)
                throw new DomainRuleException(nameof(ReviewCycle.Phase), "Nobody in particular owes this phase: there is nobody to remind.");
            var (people, reviewers) = await CycleWork.OwersAsync(db, db.Set<Review>().Where(r => r.CycleId == cycle.Id), cycle.Phase, ct);
            var arguments = Arguments(cycle, cycle.Phase, late: cycle.DeadlineOf(cycle.Phase) is { } due && due < clock.Today);
            await notifier.NotifyAsync(people, Kind, arguments, CycleWork.LinkFor(cycle.Phase, PhaseOwner.Person), ct);
            await notifier.NotifyAsync(reviewers, Kind, arguments, CycleWork.LinkFor(cycle.Phase, PhaseOwner.Reviewer), ct);
            return people.Count + reviewers.Count;
        }
    }

    /// <summary>The facts of a reminder: the cycle, the phase and, when it has one, the day it is due.</summary>
    public static NotificationArguments Arguments(ReviewCycle cycle, ReviewPhase phase, bool late)
    {
        var arguments = new NotificationArguments { ["cycle"] = cycle.Name, ["phase"] = phase.ToString(), ["late"] = late ? "true" : "false" };
        if (cycle.DeadlineOf(phase) is { } due) arguments["due"] = NotificationArguments.DateValue(due);
        return arguments;
    }
}
