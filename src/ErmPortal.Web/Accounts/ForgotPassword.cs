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

public static class ResetPassword
{
    public record Command : IRequest
    {
        public string Email { get; set; } = "";
        public string Token { get; set; } = "";
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";
        [Display(Name = "Confirm new password")]
        public string ConfirmPassword { get; set; } = "";
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty();
            RuleFor(c => c.Token).NotEmpty();
            RuleFor(c => c.NewPassword).NotEmpty().MinimumLength(12).WithMessage("Use at least 12 characters; a few words make a good password.");
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage("The two new passwords differ.");
        }
    }

    /// <summary>A used or expired link says so; a reset also lifts a lockout, since the person has proved who they are.</summary>
    public class Handler(UserManager<ApplicationUser> users) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(request.Email);
            var result = user is null
                ? IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken())
                : await users.ResetPasswordAsync(user, request.Token, request.NewPassword);
            if (!result.Succeeded)
            {
                var badToken = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
                throw new Data.Shared.DomainRuleException(badToken ? "" : nameof(Command.NewPassword), badToken
                    ? "This link has expired or was already used. Ask for a new one from the sign-in page."
                    : string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            await users.SetLockoutEndDateAsync(user!, null);
            await users.ResetAccessFailedCountAsync(user!);
            return Unit.Value;
        }
    }
}
