using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// The person saves their self-assessment as a draft, or hands it in (then it is final and the reviewer is told). Only
/// while it is open, and only on the version of the review the form was opened on.
/// </summary>
public static class WriteSelfAssessment
{
    public const int MaxTextLength = 4000;

    public class Command : ICommand
    {
        public int ReviewId { get; set; }
        public Guid Version { get; set; }
        public string? WentWell { get; set; }
        public string? ToDevelop { get; set; }
        public string? SupportWanted { get; set; }
        public List<RatingInput> Ratings { get; set; } = [];
        public bool Submit { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.WentWell).MaximumLength(MaxTextLength);
            RuleFor(c => c.ToDevelop).MaximumLength(MaxTextLength);
            RuleFor(c => c.SupportWanted).MaximumLength(MaxTextLength);
            RuleForEach(c => c.Ratings).ChildRules(r => r.RuleFor(x => x.Comment).MaximumLength(ReviewItems.MaxCommentLength));
            RuleFor(c => c.WentWell).NotEmpty().When(c => c.Submit).WithMessage("Say what went well before handing in.");
        }
    }

    public class Handler(ErmDbContext db, ReviewAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = await access.OpenForChangeAsync(request.ReviewId, ReviewOperations.AnswerAsPerson, ct);
            review.EnsureSelfAssessmentOpen(review.Cycle.Phase);
            ReviewVersions.Require(db, review, request.Version);
            review.SelfWentWell = Trimmed(request.WentWell);
            review.SelfToDevelop = Trimmed(request.ToDevelop);
            review.SelfSupportWanted = Trimmed(request.SupportWanted);
            await ReviewItems.ApplyAsync(db, review, ReviewAuthor.Employee, request.Ratings, ct);
            if (request.Submit) review.SubmitSelfAssessment(review.Cycle.Phase, clock.UtcNow);
            review.Version = Guid.NewGuid();
            return Unit.Value;
        }

        private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
