using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using ErmPortal.Data.Accounts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Accounts;

public static class SignIn
{
    public record Command : IRequest<Result>
    {
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
        public string? ReturnUrl { get; set; }
    }

    public enum Result { SignedIn, Failed, LockedOut }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress();
            RuleFor(c => c.Password).NotEmpty();
        }
    }

    /// <summary>
    /// The answer and the work must not tell which accounts exist: an unknown email, an account without a password,
    /// a disabled or a locked one each cost one password hash, like a real attempt, and all fail with the same answer.
    /// Only someone who gives the right password learns that the account is locked, so they know to wait.
    /// Every wrong password on a real account counts towards its lockout.
    /// </summary>
    public class Handler(
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        IPasswordHasher<ApplicationUser> hasher,
        UnknownAccountPassword unknownAccount) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(request.Email.Trim());
            if (user?.PasswordHash is null)
            {
                unknownAccount.Verify(hasher, request.Password);
                return Result.Failed;
            }
            var passwordIsRight = await users.CheckPasswordAsync(user, request.Password);
            if (await users.IsLockedOutAsync(user))
                return passwordIsRight ? Result.LockedOut : Result.Failed;
            if (!passwordIsRight)
            {
                await users.AccessFailedAsync(user);
                return Result.Failed;
            }
            if (!await signIn.CanSignInAsync(user)) return Result.Failed;
            await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInAsync(user, request.RememberMe);
            return Result.SignedIn;
        }
    }
}

/// <summary>
/// A password hash that belongs to nobody, made once with the portal's own hasher settings, so checking a password
/// against it costs what checking a real account's password costs.
/// </summary>
public class UnknownAccountPassword(IOptions<PasswordHasherOptions> options)
{
    private static readonly ApplicationUser Nobody = new();
    private readonly Lazy<string> _hash = new(() =>
        new PasswordHasher<ApplicationUser>(options).HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public void Verify(IPasswordHasher<ApplicationUser> hasher, string password) =>
        hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}
