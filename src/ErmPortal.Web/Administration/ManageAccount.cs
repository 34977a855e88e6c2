using System.ComponentModel.DataAnnotations;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Administration;

/// <summary>An administrator creates an account that is not (yet) an employee's, with its roles, and sends the invitation.</summary>
public static class InviteAccount
{
    [RequireRole(Data.Accounts.Roles.Admin)]
    public record Command : ICommand
    {
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
        public List<string> Roles { get; set; } = [];
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(UserManager<ApplicationUser> users)
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256)
                .MustAsync(async (email, _) => await users.FindByEmailAsync(email.Trim()) is null)
                .WithMessage("An account with this email already exists.");
            RuleFor(c => c.Roles).NotEmpty().WithMessage("Choose at least one role.");
            RuleForEach(c => c.Roles).Must(r => Data.Accounts.Roles.All.Contains(r)).WithMessage("Unknown role.");
        }
    }

    public class Handler(UserManager<ApplicationUser> users, AccountEmails emails, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var email = request.Email.Trim();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = clock.UtcNow };
            AccountAdministration.ThrowIfFailed(await users.CreateAsync(user), nameof(Command.Email));
            AccountAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, request.Roles.Distinct()), nameof(Command.Roles));
            await emails.QueueInvitationAsync(user, email);
            return Unit.Value;
        }
    }
}

/// <summary>The actions an administrator takes on one account from the accounts page.</summary>
public static class ManageAccount
{
    public enum Action { Disable, Enable, Unlock, SendPasswordReset }

    [RequireRole(Data.Accounts.Roles.Admin)]
    public record Command(string UserId, Action Action) : ICommand<Outcome>;

    public class Handler(UserManager<ApplicationUser> users, AccountEmails emails, ICurrentUser currentUser, IClock clock)
        : IRequestHandler<Command, Outcome>
    {
        public async Task<Outcome> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(request.UserId) ?? throw new NotFoundException();
            switch (request.Action)
            {
                case Action.Disable:
                    // An administrator who disables themselves could leave the portal with nobody to undo it.
                    if (user.Id == currentUser.UserId)
                        return new Outcome("You cannot disable your own account.", user.Email!);
                    user.DisabledAtUtc = clock.UtcNow;
                    AccountAdministration.ThrowIfFailed(await users.UpdateAsync(user), "");
                    // A new stamp ends the person's open sessions at the next check (within a minute).
                    AccountAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "");
                    return new Outcome("{0} is disabled and will be signed out within a minute.", user.Email!);
                case Action.Enable:
                    user.DisabledAtUtc = null;
                    AccountAdministration.ThrowIfFailed(await users.UpdateAsync(user), "");
                    return new Outcome("{0} can sign in again.", user.Email!);
                case Action.Unlock:
                    AccountAdministration.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "");
                    AccountAdministration.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "");
                    return new Outcome("{0} is unlocked.", user.Email!);
                case Action.SendPasswordReset:
                    await emails.QueuePasswordResetAsync(user);
                    return new Outcome("A password reset link is on its way to {0}.", user.Email!);
                default:
                    throw new NotFoundException();
            }
        }
    }
}

public static class EditAccountRoles
{
    [RequireRole(Data.Accounts.Roles.Admin)]
    public record Command : ICommand<Outcome>
    {
        public string UserId { get; set; } = "";
        public List<string> Roles { get; set; } = [];
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleForEach(c => c.Roles).Must(r => Data.Accounts.Roles.All.Contains(r)).WithMessage("Unknown role.");
    }

    public class Handler(UserManager<ApplicationUser> users, ICurrentUser currentUser) : IRequestHandler<Command, Outcome>
    {
        public async Task<Outcome> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(request.UserId) ?? throw new NotFoundException();
            var wanted = request.Roles.Distinct().ToList();
            // An administrator could otherwise lock everyone out of administration.
            if (user.Id == currentUser.UserId && !wanted.Contains(Data.Accounts.Roles.Admin))
                return new Outcome("You cannot remove the Admin role from yourself; ask another administrator.", user.Email!);
            var current = await users.GetRolesAsync(user);
            AccountAdministration.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(wanted)), "");
            AccountAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, wanted.Except(current)), "");
            // Role changes take effect at the next stamp check rather than at the next sign-in.
            AccountAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "");
            return new Outcome("Roles of {0} saved.", user.Email!);
        }
    }
}

/// <summary>What happened to an account, as a message with a {0} for the account's email, so it can be translated.</summary>
public record Outcome(string Message, string Email);

internal static class AccountAdministration
{
    public static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new DomainRuleException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
