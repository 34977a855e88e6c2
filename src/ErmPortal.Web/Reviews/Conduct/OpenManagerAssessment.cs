using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// HR lets the reviewer write before the self-assessment is in (the person is on long leave, say). Only while the cycle
/// is in its assessment phases: before, there is nothing to write; from calibration on, it is too late.
/// </summary>
public static class OpenManagerAssessment
{
    public record Command(int ReviewId) : ICommand;

    public class Handler(ReviewAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = await access.OpenForChangeAsync(request.ReviewId, ReviewOperations.OpenAssessment, ct);
            if (review.Cycle.Phase is < ReviewPhase.SelfAssessment or >= ReviewPhase.Calibration)
                throw new DomainRuleException(nameof(Review.ManagerOpenedAtUtc), "The manager assessment is not open.");
            review.OpenManagerAssessment(clock.UtcNow);
            review.Version = Guid.NewGuid();
            return Unit.Value;
        }
    }
}
