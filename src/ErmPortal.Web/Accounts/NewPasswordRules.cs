using FluentValidation;

namespace ErmPortal.Web.Accounts;

/// <summary>A form where someone chooses a new password and types it twice.</summary>
public interface INewPasswordForm
{
    string NewPassword { get; }
    string ConfirmPassword { get; }
}

/// <summary>The same length rule as Identity's (12 characters, no composition rules), said in words people act on.</summary>
public class NewPasswordRules : AbstractValidator<INewPasswordForm>
{
    public NewPasswordRules()
    {
        RuleFor(c => c.NewPassword).NotEmpty().MinimumLength(12).WithMessage("Use at least 12 characters; a few words make a good password.");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage("The two new passwords differ.");
    }
}
