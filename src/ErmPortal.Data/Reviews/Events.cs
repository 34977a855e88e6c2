using MediatR;

namespace ErmPortal.Data.Reviews;

/// <summary>A cycle moved on: <see cref="Ended"/> is over (Draft when the cycle was just launched) and <see cref="Started"/> begins.</summary>
public record ReviewPhaseStarted(ReviewCycle Cycle, ReviewPhase Ended, ReviewPhase Started) : INotification;

/// <summary>The person handed in their self-assessment.</summary>
public record SelfAssessmentSubmitted(Review Review) : INotification;

/// <summary>The manager handed in their assessment; the person still does not see it.</summary>
public record ManagerAssessmentSubmitted(Review Review) : INotification;

/// <summary>The person can read the review now.</summary>
public record ReviewShared(Review Review) : INotification;

/// <summary>The person formally disagrees with their review.</summary>
public record ReviewDisagreed(Review Review) : INotification;

/// <summary>The person acknowledged their review (which finalizes it).</summary>
public record ReviewAcknowledged(Review Review) : INotification;

/// <summary>
/// A review is final and locked. Other modules read the facts below: the development needs its manager named (as skill
/// names), the rating that stands, the cycle's name and period. Published after saving, so the ids are real.
/// </summary>
public record ReviewFinalized(Review Review) : INotification
{
    public int ReviewId => Review.Id;
    public int EmployeeId => Review.EmployeeId;
    public int? FinalRating => Review.FinalRating;
    public IReadOnlyList<string> DevelopmentNeeds => Review.DevelopmentNeeds.Select(n => n.Skill).ToList();
    public DateOnly FinalizedOn => DateOnly.FromDateTime(Review.FinalizedAtUtc!.Value);
}

/// <summary>The reviewer approved a peer's nomination: the peer is asked for their feedback.</summary>
public record PeerFeedbackRequested(PeerNomination Nomination) : INotification;
