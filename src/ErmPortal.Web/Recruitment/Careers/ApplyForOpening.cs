using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>
/// Someone applies to an opening from the careers page. A person we know already (the same email, however it is
/// written) is the same candidate: what they tell us now is merged into their record and the application is added to
/// theirs. Nothing typed here is shown back to anyone but HR: the candidate's private link goes only to the address.
/// </summary>
public static class ApplyForOpening
{
    public const int MaxCoverLetterLength = 5000;

    /// <summary>Where a candidate may say they heard of us: not "internal", which is how employees apply.</summary>
    public static readonly CandidateSource[] Sources = Enum.GetValues<CandidateSource>().Where(s => s != CandidateSource.Internal).ToArray();

    public record Command : ICommand
    {
        [BindNever]
        public int OpeningId { get; set; }
        /// <summary>The opening the form is about, for the page; filled by the controller, never posted.</summary>
        [BindNever]
        public GetOpening.Details? Opening { get; set; }
        [Display(Name = "First name")]
        public string? FirstName { get; set; }
        [Display(Name = "Last name")]
        public string? LastName { get; set; }
        [Display(Name = "Email")]
        public string? Email { get; set; }
        [Display(Name = "Phone")]
        public string? Phone { get; set; }
        [Display(Name = "Skills")]
        public string? Skills { get; set; }
        [Display(Name = "CV")]
        public IFormFile? Cv { get; set; }
        [Display(Name = "Cover letter")]
        public string? CoverLetter { get; set; }
        [Display(Name = "How did you hear about us?")]
        public CandidateSource Source { get; set; } = CandidateSource.CareersPage;
        public bool ConsentToTalentPool { get; set; }
        public bool KeepInformed { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FirstName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.LastName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
            RuleFor(c => c.Phone).MaximumLength(40);
            RuleFor(c => c.Skills).MaximumLength(1000);
            RuleFor(c => c.CoverLetter).MaximumLength(MaxCoverLetterLength);
            RuleFor(c => c.Source).Must(s => Sources.Contains(s)).WithMessage("Choose how you heard about us.");
            RuleFor(c => c.Cv).NotNull().WithMessage(CvFile.Missing);
            RuleFor(c => c.Cv).IsACv();
            RuleFor(c => c.KeepInformed).Equal(false).When(c => !c.ConsentToTalentPool)
                .WithMessage("To hear of new openings, let us keep your details for future openings too.");
        }
    }

    public class Handler(ErmDbContext db, ApplicationIntake intake, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var opening = await intake.OpenOpeningAsync(request.OpeningId, ct);
            var email = request.Email!.Trim();
            var normalized = Candidate.Normalize(email);
            var candidate = await db.Set<Candidate>().FirstOrDefaultAsync(c => c.NormalizedEmail == normalized, ct);
            if (candidate is null)
            {
                candidate = Candidate.Create(request.FirstName!, request.LastName!, email, clock.UtcNow);
                db.Add(candidate);
            }
            candidate.MergeRepeatApplication(request.FirstName!, request.LastName!, request.Phone, request.Skills, request.ConsentToTalentPool, clock.UtcNow);
            // Opting in is kept until the candidate unsubscribes; leaving the box empty on a later form does not.
            if (request.KeepInformed) candidate.KeepInformed = true;
            await intake.EnsureFirstApplicationAsync(candidate, opening, ct);
            var cv = await intake.StoreCvAsync(request.Cv!, ct);
            await intake.ReceiveAsync(opening, candidate, request.Source, request.CoverLetter, cv, ct);
            return Unit.Value;
        }
    }
}

public static class CvRules
{
    /// <summary>A file sent as a CV must be one (see <see cref="CvFile"/>); the message goes next to the field.</summary>
    public static IRuleBuilderOptionsConditions<T, IFormFile?> IsACv<T>(this IRuleBuilder<T, IFormFile?> rule) =>
        rule.Custom((file, context) =>
        {
            if (file is not null && CvFile.ProblemOf(file) is { } problem) context.AddFailure(problem);
        });
}
