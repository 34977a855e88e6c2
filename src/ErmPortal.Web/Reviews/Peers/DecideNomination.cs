using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>The reviewer approves a nomination (the peer is then asked to answer) or declines it. Anyone else: not found.</summary>
public static class DecideNomination
{
    public record Command(int ReviewId, int NominationId, bool Approve) : ICommand;

    public class Handler(ErmDbContext db, PeerFeedbackAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = (await access.RequireAsync(request.ReviewId, PeerFeedbackOperations.Decide, ct)).Review;
            var nomination = await db.Set<PeerNomination>().FirstOrDefaultAsync(n => n.Id == request.NominationId && n.ReviewId == request.ReviewId, ct)
                             ?? throw new NotFoundException();
            nomination.Decide(request.Approve, review.Cycle, clock.UtcNow);
            return Unit.Value;
        }
    }
}
