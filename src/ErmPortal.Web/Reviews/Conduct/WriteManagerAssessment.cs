using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// The reviewer saves their assessment as a draft (the person sees none of it) or submits it: texts, an overall rating,
/// ratings of competencies and goals, and the skills the person should develop, one per line. Only once the
/// self-assessment is in, or HR opened the assessment without it.
/// </summary>
public static class WriteManagerAssessment
{
    public const int MaxTextLength = 4000;
    public const int MaxNeeds = 10;
    public const int MaxSkillLength = 60;

    public class Command : ICommand
    {
        public int ReviewId { get; set; }
        public Guid Version { get; set; }
        public string? Summary { get; set; }
        public string? Strengths { get; set; }
        public string? ToDevelop { get; set; }
        public int? Rating { get; set; }
        public List<RatingInput> Ratings { get; set; } = [];
        /// <summary>Skills to develop, one per line.</summary>
        public string? Needs { get; set; }
        public bool Submit { get; set; }

        public IReadOnlyList<string> NeedList => (Needs ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Summary).MaximumLength(MaxTextLength);
            RuleFor(c => c.Strengths).MaximumLength(MaxTextLength);
            RuleFor(c => c.ToDevelop).MaximumLength(MaxTextLength);
            RuleForEach(c => c.Ratings).ChildRules(r => r.RuleFor(x => x.Comment).MaximumLength(ReviewItems.MaxCommentLength));
            RuleFor(c => c.NeedList.Count).LessThanOrEqualTo(MaxNeeds).OverridePropertyName(nameof(Command.Needs))
                .WithMessage("Name at most {0} development needs.");
            RuleFor(c => c.NeedList).Must(n => n.All(s => s.Length <= MaxSkillLength)).OverridePropertyName(nameof(Command.Needs))
                .WithMessage("A development need has at most 60 characters.");
            RuleFor(c => c.Summary).NotEmpty().When(c => c.Submit).WithMessage("Write a summary before submitting.");
        }
    }

    public class Handler(ErmDbContext db, ReviewAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = await access.OpenForChangeAsync(request.ReviewId, ReviewOperations.Assess, ct);
            review.EnsureManagerAssessmentOpen(review.Cycle.Phase);
            ReviewVersions.Require(db, review, request.Version);
            if (request.Rating is { } rating && (rating < 1 || rating > review.Cycle.MaxRating))
                throw new DomainRuleException(nameof(Command.Rating), "A rating is between 1 and {0}.", review.Cycle.MaxRating);
            review.ManagerSummary = Trimmed(request.Summary);
            review.ManagerStrengths = Trimmed(request.Strengths);
            review.ManagerToDevelop = Trimmed(request.ToDevelop);
            review.ManagerRating = request.Rating;
            await ReviewItems.ApplyAsync(db, review, ReviewAuthor.Manager, request.Ratings, ct);
            var needs = request.NeedList;
            review.DevelopmentNeeds.RemoveAll(n => !needs.Contains(n.Skill, StringComparer.OrdinalIgnoreCase));
            foreach (var skill in needs.Where(s => !review.DevelopmentNeeds.Any(n => string.Equals(n.Skill, s, StringComparison.OrdinalIgnoreCase))))
                review.DevelopmentNeeds.Add(new ReviewDevelopmentNeed { Skill = skill });
            if (request.Submit) review.SubmitManagerAssessment(review.Cycle.Phase, clock.UtcNow);
            review.Version = Guid.NewGuid();
            return Unit.Value;
        }

        private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
