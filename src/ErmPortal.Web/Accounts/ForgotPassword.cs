using System.ComponentModel.DataAnnotations;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

public static class ForgotPassword
{
    public record Command : ICommand
    {
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Email).NotEmpty().EmailAddress();
    }

    /// <summary>The answer is the same whether or not the account exists, so the form cannot be used to find accounts.</summary>
    public class Handler(UserManager<ApplicationUser> users, AccountEmails emails) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(request.Email.Trim());
            if (user is { DisabledAtUtc: null })
                await emails.QueuePasswordResetAsync(user);
            return Unit.Value;
        }
    }
}
