using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

public static class ResetPassword
{
    public record Command : IRequest, INewPasswordForm
    {
        [Display(Name = "Email")]
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
            Include(new NewPasswordRules());
        }
    }

    /// <summary>
    /// A used or expired link says so; a reset also lifts a lockout, since the person has proved who they are, and
    /// ends every session, since whoever knew the old password may be signed in with it.
    /// </summary>
    public class Handler(UserManager<ApplicationUser> users, ErmDbContext db) : IRequestHandler<Command, Unit>
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
            await UserSessions.EndAllAsync(db, user!.Id, except: null, cancellationToken);
            return Unit.Value;
        }
    }
}
