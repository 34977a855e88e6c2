using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// The person's answer to their shared review: a comment, a formal disagreement (the reviewer and HR are told), or the
/// acknowledgement that locks it. Nothing once it is final.
/// </summary>
public static class AnswerReview
{
    public const int MaxCommentLength = 4000;

    public enum Answer { Comment, Disagree, Acknowledge }

    public record Command(int ReviewId, Answer Answer, string? Comment) : ICommand;

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Comment).MaximumLength(MaxCommentLength);
    }

    public class Handler(ReviewAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = await access.OpenForChangeAsync(request.ReviewId, ReviewOperations.AnswerAsPerson, ct);
            switch (request.Answer)
            {
                case Answer.Comment: review.Comment(request.Comment); break;
                case Answer.Disagree: review.Disagree(request.Comment ?? "", clock.UtcNow); break;
                case Answer.Acknowledge: review.Acknowledge(clock.UtcNow); break;
            }
            review.Version = Guid.NewGuid();
            return Unit.Value;
        }
    }
}
