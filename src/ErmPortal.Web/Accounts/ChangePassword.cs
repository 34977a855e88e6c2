using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

public static class ChangePassword
{
    public record Command : IRequest, INewPasswordForm
    {
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";
        [Display(Name = "Confirm new password")]
        public string ConfirmPassword { get; set; } = "";
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty();
            Include(new NewPasswordRules());
        }
    }

    /// <summary>
    /// A changed password ends every other session at once (whoever knew the old one may be signed in somewhere);
    /// this one is signed in again.
    /// </summary>
    public class Handler(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ICurrentUser currentUser, ErmDbContext db)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.GetUserAsync(currentUser.Principal) ?? throw new Infrastructure.Mediator.ForbiddenException();
            var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
            if (!result.Succeeded)
            {
                var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
                throw new DomainRuleException(wrongCurrent ? nameof(Command.CurrentPassword) : nameof(Command.NewPassword),
                    wrongCurrent ? "The current password is not right." : string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            await UserSessions.EndAllAsync(db, user.Id, except: UserSessions.Current(currentUser), cancellationToken);
            await signIn.RefreshSignInAsync(user);
            return Unit.Value;
        }
    }
}
