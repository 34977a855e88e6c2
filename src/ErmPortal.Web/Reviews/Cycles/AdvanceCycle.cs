using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// HR moves a running cycle to its next phase. Moving past acknowledgement closes it: a shared review its person never
/// acknowledged is final all the same (its development needs go out with <see cref="ReviewFinalized"/>); a review never
/// shared stays as it was, for HR to look at.
/// </summary>
public static class AdvanceCycle
{
    [RequireRole(Roles.Hr)]
    public record Command(int Id, Guid Version) : ICommand<ReviewPhase>;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, ReviewPhase>
    {
        public async Task<ReviewPhase> Handle(Command request, CancellationToken ct)
        {
            var cycle = await db.Set<ReviewCycle>().FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            CycleVersions.EnsureCurrent(cycle, request.Version);
            var now = clock.UtcNow;
            cycle.Advance(now);
            if (cycle.Phase == ReviewPhase.Closed)
            {
                var unacknowledged = await db.Set<Review>().Include(r => r.DevelopmentNeeds)
                    .Where(r => r.CycleId == cycle.Id && r.SharedAtUtc != null && r.FinalizedAtUtc == null).ToListAsync(ct);
                foreach (var review in unacknowledged) review.Finalize(now);
            }
            await db.SaveChangesAsync(ct);
            return cycle.Phase;
        }
    }
}
