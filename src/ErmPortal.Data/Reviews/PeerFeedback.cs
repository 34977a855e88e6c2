using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Reviews;

public enum PeerNominationStatus { Proposed, Approved, Declined }

/// <summary>How the peer who answered stands to the person: in the same team (the same manager) or in another one.</summary>
public enum PeerRelationship { SameTeam, OtherTeam }

/// <summary>When 360° feedback is asked for and answered: the windows every nomination, decision and answer keeps to.</summary>
public static class PeerFeedbackRules
{
    /// <summary>The fewest answers shown together: fewer, and a reader could tell who said what.</summary>
    public const int MinimumAnswers = 3;

    /// <summary>
    /// Peers are nominated, approved and answer from the self-assessment phase until calibration starts, in a cycle that
    /// includes 360° feedback; calibration reads a settled set of answers.
    /// </summary>
    public static bool IsOpen(ReviewCycle cycle) => cycle.IncludesPeerFeedback && OpenPhases.Contains(cycle.Phase);

    /// <summary>The phases of <see cref="IsOpen"/>, listed for queries: phases are stored by name, so SQL cannot compare their order.</summary>
    public static readonly ReviewPhase[] OpenPhases = [ReviewPhase.SelfAssessment, ReviewPhase.ManagerAssessment, ReviewPhase.PeerFeedback];

    /// <summary>
    /// Answers are read together only once no more can come (calibration on): two views before and after one more answer
    /// would otherwise give that answer away by their difference.
    /// </summary>
    public static bool AnswersAreSettled(ReviewPhase phase) => phase >= ReviewPhase.Calibration;
}

/// <summary>
/// A colleague the person asked to give feedback on their review, which the reviewer approves or declines. It records
/// only that the peer answered, never which answer is theirs: the answer is stored apart (<see cref="PeerFeedbackAnswer"/>).
/// </summary>
public class PeerNomination : Entity, IVersioned
{
    public int ReviewId { get; set; }
    public Review Review { get; set; } = null!;
    public int PeerId { get; set; }
    public Employee Peer { get; set; } = null!;
    public PeerNominationStatus Status { get; private set; } = PeerNominationStatus.Proposed;
    public DateTime NominatedAtUtc { get; set; }
    public DateTime? DecidedAtUtc { get; private set; }
    /// <summary>No time on purpose: the time of the answer would match the nomination to the answer's day.</summary>
    public bool Answered { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Decide(bool approve, ReviewCycle cycle, DateTime nowUtc)
    {
        if (!PeerFeedbackRules.IsOpen(cycle))
            throw new DomainRuleException(nameof(Status), "Peer feedback is not open in this cycle's phase.");
        if (Status != PeerNominationStatus.Proposed)
            throw new DomainRuleException(nameof(Status), "This nomination has already been decided.");
        Status = approve ? PeerNominationStatus.Approved : PeerNominationStatus.Declined;
        DecidedAtUtc = nowUtc;
        if (approve) Raise(new PeerFeedbackRequested(this));
    }

    /// <summary>The peer's answer is in; the answer itself is added apart, with no link back to this nomination.</summary>
    public void MarkAnswered(ReviewCycle cycle)
    {
        if (!PeerFeedbackRules.IsOpen(cycle))
            throw new DomainRuleException(nameof(Answered), "Answers are closed: the cycle has reached calibration.");
        if (Status != PeerNominationStatus.Approved || Answered)
            throw new DomainRuleException(nameof(Answered), "This feedback has already been given.");
        Answered = true;
    }
}

/// <summary>
/// One peer's answer about a review, kept without any link to who wrote it: a random key (no order of arrival), the
/// review, the day (no time), and the peer's relationship in two coarse kinds for HR's filters. Not audited.
/// </summary>
public class PeerFeedbackAnswer
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int ReviewId { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public PeerRelationship Relationship { get; set; }
    public string? KeepDoing { get; set; }
    public string? DoDifferently { get; set; }
    public List<PeerFeedbackRating> Ratings { get; set; } = [];
}

/// <summary>A peer's rating of one of the cycle's competencies, part of an anonymous answer.</summary>
public class PeerFeedbackRating
{
    public int Id { get; set; }
    public Guid AnswerId { get; set; }
    public int CompetencyId { get; set; }
    public int Rating { get; set; }
}
