using System.ComponentModel.DataAnnotations;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>HR or the hiring manager records the candidate's answer to a sent offer; a refusal with the reason they gave.</summary>
public static class RecordOfferAnswer
{
    public record Command : ICommand
    {
        public int Id { get; set; }
        public bool Accepted { get; set; }
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
        public Guid Version { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().When(c => !c.Accepted).WithMessage("Say why the candidate declined: it helps the next offer.");
            RuleFor(c => c.Reason).MaximumLength(1000);
        }
    }

    public class Handler(OfferTeam team, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var offer = await team.LoadForChangeAsync(request.Id, request.Version, ct);
            if (request.Accepted) offer.RecordAccepted(clock.UtcNow);
            else offer.RecordDeclined(request.Reason!, clock.UtcNow);
            await team.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
