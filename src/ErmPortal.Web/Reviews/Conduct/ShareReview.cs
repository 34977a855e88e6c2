using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>The reviewer or HR shows the review to its person, once the cycle is in sharing and the assessment is in.</summary>
public static class ShareReview
{
    public record Command(int ReviewId) : ICommand;

    public class Handler(ReviewAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = await access.OpenForChangeAsync(request.ReviewId, ReviewOperations.Share, ct);
            review.Share(review.Cycle.Phase, clock.UtcNow);
            review.Version = Guid.NewGuid();
            return Unit.Value;
        }
    }
}
