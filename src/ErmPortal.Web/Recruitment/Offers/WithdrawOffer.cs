using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>The team takes back an offer the candidate has not answered; a new one can then be drafted.</summary>
public static class WithdrawOffer
{
    public record Command(int Id, Guid Version) : ICommand;

    public class Handler(OfferTeam team, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            (await team.LoadForChangeAsync(request.Id, request.Version, ct)).Withdraw(clock.UtcNow);
            await team.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
