using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// HR approves pay outside the requisition's range, or refuses it with a reason. Four eyes: whoever drafted the offer,
/// HR included, cannot approve it themselves.
/// </summary>
public static class DecideOfferApproval
{
    [RequireRole(Roles.Hr)]
    public record Command : ApprovalDecision;

    public class Validator() : ApprovalDecisionValidator<Command>("Say why the offer is not approved, so the team knows what to change.");

    public class Handler(OfferTeam team, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var offer = await team.LoadForChangeAsync(request.Id, request.Version, ct);
            if (request.Approve) offer.Approve(user.UserId!, clock.UtcNow);
            else offer.RejectApproval(user.UserId!, request.Reason!, clock.UtcNow);
            await team.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
