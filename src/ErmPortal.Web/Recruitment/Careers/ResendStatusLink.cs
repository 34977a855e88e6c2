using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>
/// A candidate who lost the email asks for their link again. The link goes only to the address, and the page says the
/// same whether or not anyone applied with it, so the form cannot be used to find out who applied.
/// </summary>
public static class ResendStatusLink
{
    public record Command : ICommand
    {
        [Display(Name = "Email")]
        public string? Email { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
    }

    public class Handler(ErmDbContext db, CandidateEmails emails) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var normalized = Candidate.Normalize(request.Email!);
            var candidate = await db.Set<Candidate>()
                .FirstOrDefaultAsync(c => c.NormalizedEmail == normalized && c.AnonymisedAtUtc == null && c.Applications.Any(), ct);
            if (candidate is not null) emails.SendStatusLink(candidate);
            return Unit.Value;
        }
    }
}
