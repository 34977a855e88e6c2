using System.ComponentModel.DataAnnotations;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;

namespace ErmPortal.Web.Shared;

/// <summary>
/// Someone approves or rejects what another person asked for (a change of details, headcount), from the version of
/// it they saw, so a decision made on a stale page is refused instead of overwriting another.
/// </summary>
public abstract record ApprovalDecision : ICommand
{
    public int Id { get; set; }
    public bool Approve { get; set; }
    [Display(Name = "Reason")]
    public string? Reason { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A rejection says why, in the words <paramref name="whyRejected"/> asks for; a reason is at most 1,000 characters.</summary>
public abstract class ApprovalDecisionValidator<TDecision> : AbstractValidator<TDecision> where TDecision : ApprovalDecision
{
    protected ApprovalDecisionValidator(string whyRejected)
    {
        RuleFor(d => d.Reason).NotEmpty().When(d => !d.Approve).WithMessage(whyRejected);
        RuleFor(d => d.Reason).MaximumLength(1000);
    }
}
