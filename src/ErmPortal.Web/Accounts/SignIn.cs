using System.ComponentModel.DataAnnotations;
using ErmPortal.Data.Accounts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

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

    /// <summary>Every wrong password counts towards the lockout, and a locked account says so, so the person knows to wait.</summary>
    public class Handler(SignInManager<ApplicationUser> signIn) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, request.RememberMe, lockoutOnFailure: true);
            return result.Succeeded ? Result.SignedIn : result.IsLockedOut ? Result.LockedOut : Result.Failed;
        }
    }
}
