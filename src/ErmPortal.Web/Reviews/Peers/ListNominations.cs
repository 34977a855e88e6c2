using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>
/// The colleagues asked for feedback on a review, for the person (who nominates more), the reviewer (who approves or
/// declines) and those above them and HR (who read). How many answered is a count: the page never says who did.
/// </summary>
public static class ListNominations
{
    public record Query(int ReviewId) : IRequest<Page>;

    public record Line(int Id, string Peer, string? JobTitle, PeerNominationStatus Status);

    public record Page(PeerReview Review, IReadOnlyList<Line> Nominations, int Answered, bool Open, bool CanNominate, bool CanDecide, bool CanViewAnswers);

    public class Handler(ErmDbContext db, PeerFeedbackAccess access) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct)
        {
            var resource = await access.RequireAsync(request.ReviewId, PeerFeedbackOperations.ViewNominations, ct);
            var nominations = db.Set<PeerNomination>().Where(n => n.ReviewId == request.ReviewId);
            var lines = await nominations.OrderBy(n => n.Peer.LegalLastName).ThenBy(n => n.Peer.LegalFirstName)
                .Select(n => new Line(n.Id, (n.Peer.PreferredName ?? n.Peer.LegalFirstName) + " " + n.Peer.LegalLastName, n.Peer.Position.Title, n.Status))
                .ToListAsync(ct);
            var answered = await db.Set<PeerFeedbackAnswer>().CountAsync(a => a.ReviewId == request.ReviewId, ct);
            var open = PeerFeedbackRules.IsOpen(resource.Review.Cycle) && !resource.Review.IsFinalized;
            return new Page(resource.Review, lines, answered, open,
                open && await access.CanAsync(resource, PeerFeedbackOperations.Nominate),
                open && await access.CanAsync(resource, PeerFeedbackOperations.Decide),
                await access.CanAsync(resource, PeerFeedbackOperations.ViewAnswers));
        }
    }
}
