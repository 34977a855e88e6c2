using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>The team asks HR to approve an offer whose pay is outside the requisition's range.</summary>
public static class RequestOfferApproval
{
    public record Command(int Id, Guid Version) : ICommand;

    public class Handler(OfferTeam team) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            (await team.LoadForChangeAsync(request.Id, request.Version, ct)).RequestApproval();
            await team.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
