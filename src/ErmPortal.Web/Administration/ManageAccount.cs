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
            // Stops at the first failure: an empty field binds as null, and the look-up below needs an address.
            RuleFor(c => c.Email).Cascade(CascadeMode.Stop).NotEmpty().EmailAddress().MaximumLength(256)
                .MustAsync(async (email, _) => await users.FindByEmailAsync(email.Trim()) is null)
                .WithMessage("An account with this email already exists.");
            RuleFor(c => c.Roles).NotEmpty().WithMessage("Choose at least one role.");
            RuleForEach(c => c.Roles).Must(r => Data.Accounts.Roles.All.Contains(r)).WithMessage("Unknown role.");
        }
    }

    public class Handler(UserManager<ApplicationUser> users, AccountEmails emails, ICurrentUser currentUser, IMediator mediator, IClock clock)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var email = request.Email.Trim();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = clock.UtcNow };
            AccountAdministration.ThrowIfFailed(await users.CreateAsync(user), nameof(Command.Email));
            var roles = request.Roles.Distinct().ToList();
            AccountAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, roles), nameof(Command.Roles));
            // An invitation with HR or Admin widens who may read people's records as much as a grant does: it is one.
            foreach (var role in roles) await mediator.Publish(new RoleGranted(user.Id, role, currentUser.UserId), cancellationToken);
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

    /// <summary>
    /// Each change is announced inside the command's unit of work, so the audit row (and whatever else other modules
    /// keep about it) commits with the change or not at all.
    /// </summary>
    public class Handler(UserManager<ApplicationUser> users, AccountEmails emails, ICurrentUser currentUser, IMediator mediator, IClock clock)
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
                    // A new stamp refuses any cookie issued before; the stored sessions end with the event below.
                    AccountAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "");
                    await mediator.Publish(new AccountDisabledChanged(user.Id, Disabled: true, currentUser.UserId), cancellationToken);
                    return new Outcome("{0} is disabled and signed out everywhere.", user.Email!);
                case Action.Enable:
                    user.DisabledAtUtc = null;
                    AccountAdministration.ThrowIfFailed(await users.UpdateAsync(user), "");
                    await mediator.Publish(new AccountDisabledChanged(user.Id, Disabled: false, currentUser.UserId), cancellationToken);
                    return new Outcome("{0} can sign in again.", user.Email!);
                case Action.Unlock:
                    AccountAdministration.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "");
                    AccountAdministration.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "");
                    await mediator.Publish(new AccountUnlocked(user.Id, currentUser.UserId), cancellationToken);
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

/// <summary>An administrator sets the roles of someone else's account.</summary>
public static class EditAccountRoles
{
    public const string OwnRoles = "You cannot change your own roles; ask another administrator.";

    [RequireRole(Data.Accounts.Roles.Admin)]
    public record Query(string UserId) : IRequest<Command>;

    [RequireRole(Data.Accounts.Roles.Admin)]
    public record Command : ICommand<Outcome>
    {
        public string UserId { get; set; } = "";
        /// <summary>Shown on the form only; the handler works from the account it loads.</summary>
        public string Email { get; set; } = "";
        public List<string> Roles { get; set; } = [];
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleForEach(c => c.Roles).Must(r => Data.Accounts.Roles.All.Contains(r)).WithMessage("Unknown role.");
    }

    public class QueryHandler(UserManager<ApplicationUser> users) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(request.UserId) ?? throw new NotFoundException();
            return new Command { UserId = user.Id, Email = user.Email ?? "", Roles = [.. await users.GetRolesAsync(user)] };
        }
    }

    public class Handler(UserManager<ApplicationUser> users, ICurrentUser currentUser, IMediator mediator) : IRequestHandler<Command, Outcome>
    {
        public async Task<Outcome> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(request.UserId) ?? throw new NotFoundException();
            // Separation of duties: whoever holds the power to grant roles must not be the one to widen (or quietly
            // narrow) their own; a second administrator always does it. It also keeps the last administrator from
            // locking everyone out of administration.
            if (user.Id == currentUser.UserId)
                throw new DomainRuleException(nameof(Command.Roles), OwnRoles);
            var wanted = request.Roles.Distinct().ToList();
            var current = await users.GetRolesAsync(user);
            var revoked = current.Except(wanted).ToList();
            var granted = wanted.Except(current).ToList();
            AccountAdministration.ThrowIfFailed(await users.RemoveFromRolesAsync(user, revoked), nameof(Command.Roles));
            AccountAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, granted), nameof(Command.Roles));
            // Role changes take effect at the next stamp check rather than at the next sign-in.
            AccountAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "");
            foreach (var role in revoked) await mediator.Publish(new RoleRevoked(user.Id, role, currentUser.UserId), cancellationToken);
            foreach (var role in granted) await mediator.Publish(new RoleGranted(user.Id, role, currentUser.UserId), cancellationToken);
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
