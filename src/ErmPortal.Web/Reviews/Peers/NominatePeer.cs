using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>
/// The person asks a colleague, named by work email, for feedback on their review. Not themselves, not their manager or
/// reviewer (whose voice is the assessment), not someone already asked, and only while the cycle takes peer feedback.
/// The reviewer is told there is a nomination to decide.
/// </summary>
public static class NominatePeer
{
    public const int MostNominations = 10;

    public class Command : ICommand
    {
        public int ReviewId { get; set; }
        [Display(Name = "Colleague's work email")]
        public string? PeerEmail { get; set; }
    }

    public class Handler(ErmDbContext db, PeerFeedbackAccess access, IClock clock, PeerNews news) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = (await access.RequireAsync(request.ReviewId, PeerFeedbackOperations.Nominate, ct)).Review;
            if (!PeerFeedbackRules.IsOpen(review.Cycle) || review.IsFinalized)
                throw new DomainRuleException(nameof(Command.PeerEmail), "Peer feedback is not open in this cycle's phase.");
            if (string.IsNullOrWhiteSpace(request.PeerEmail))
                throw new DomainRuleException(nameof(Command.PeerEmail), "Give your colleague's work email.");
            var email = request.PeerEmail.Trim();
            var peer = await db.Employees.Where(e => e.WorkEmail == email && e.Status != EmployeeStatus.Left).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct)
                       ?? throw new DomainRuleException(nameof(Command.PeerEmail), "Nobody working here has this email.");
            if (peer == review.EmployeeId)
                throw new DomainRuleException(nameof(Command.PeerEmail), "Ask a colleague: your own view is your self-assessment.");
            if (peer == review.ReviewerId || peer == review.ManagerId)
                throw new DomainRuleException(nameof(Command.PeerEmail), "Your manager's view is their assessment; ask a colleague.");
            var asked = await db.Set<PeerNomination>().Where(n => n.ReviewId == review.ReviewId).Select(n => n.PeerId).ToListAsync(ct);
            if (asked.Contains(peer))
                throw new DomainRuleException(nameof(Command.PeerEmail), "You have already asked this colleague.");
            if (asked.Count >= MostNominations)
                throw new DomainRuleException(nameof(Command.PeerEmail), "You have asked {0} colleagues, the most a review takes.", MostNominations);
            db.Add(new PeerNomination { ReviewId = review.ReviewId, PeerId = peer, NominatedAtUtc = clock.UtcNow });
            await news.NominatedAsync(review, ct);
            return Unit.Value;
        }
    }
}
