using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Reviews;

/// <summary>
/// The phases of a review cycle, in order. HR moves a cycle from one to the next; each has a deadline, and whoever has
/// not done their part by it is late. Peer feedback is skipped in a cycle without 360° feedback.
/// </summary>
public enum ReviewPhase { Draft, GoalSetting, SelfAssessment, ManagerAssessment, PeerFeedback, Calibration, Sharing, Acknowledgement, Closed }

/// <summary>Who a cycle is for: everyone, the people of some departments, or a list of people.</summary>
public enum ReviewCycleScope { Everyone, Departments, People }

/// <summary>
/// A round of performance reviews HR runs for a period: who is in it, the rating scale and competencies to rate, and the
/// phases with their deadlines. Launching it gives every person in it a <see cref="Review"/>.
/// </summary>
public class ReviewCycle : Entity, IVersioned
{
    public required string Name { get; set; }
    /// <summary>The period reviewed; goals with a target date in it are the goals rated.</summary>
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public ReviewCycleScope Scope { get; set; }
    /// <summary>People hired after this day are left out: too new to review. None takes everyone in scope.</summary>
    public DateOnly? HiredOnOrBefore { get; set; }
    public bool IncludesPeerFeedback { get; set; }
    public ReviewPhase Phase { get; private set; } = ReviewPhase.Draft;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LaunchedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public List<ReviewRatingLevel> RatingLevels { get; set; } = [];
    public List<ReviewCompetency> Competencies { get; set; } = [];
    public List<ReviewPhaseDeadline> Deadlines { get; set; } = [];
    public List<ReviewCycleScopeEntry> ScopeEntries { get; set; } = [];
    public List<Review> Reviews { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The phases people work in, in order, for this cycle (without peer feedback when it has none).</summary>
    public IEnumerable<ReviewPhase> WorkingPhases =>
        Enum.GetValues<ReviewPhase>().Where(p => p is not (ReviewPhase.Draft or ReviewPhase.Closed)
                                                 && (IncludesPeerFeedback || p != ReviewPhase.PeerFeedback));

    /// <summary>The phase after the current one; Closed after acknowledgement.</summary>
    public ReviewPhase NextPhase => WorkingPhases.Append(ReviewPhase.Closed).FirstOrDefault(p => p > Phase, ReviewPhase.Closed);

    public DateOnly? DeadlineOf(ReviewPhase phase) => Deadlines.FirstOrDefault(d => d.Phase == phase)?.DueOn;

    public int MaxRating => RatingLevels.Count == 0 ? DefaultScale.Length : RatingLevels.Max(l => l.Value);

    /// <summary>The default scale, 1 to 5, with the share of people HR expects at each level in calibration.</summary>
    public static readonly (int Value, string Label, int GuidelinePercent)[] DefaultScale =
    [
        (1, "Below expectations", 5),
        (2, "Partly meets expectations", 15),
        (3, "Meets expectations", 55),
        (4, "Exceeds expectations", 20),
        (5, "Outstanding", 5),
    ];

    /// <summary>Opens the cycle at its first phase; the reviews are created by whoever launches it.</summary>
    public void Launch(DateTime nowUtc)
    {
        if (Phase != ReviewPhase.Draft)
            throw new DomainRuleException(nameof(Phase), "This cycle has already been launched.");
        LaunchedAtUtc = nowUtc;
        MoveTo(WorkingPhases.First(), nowUtc);
    }

    /// <summary>Moves to the next phase; announces the phase that ended and the one that began.</summary>
    public void Advance(DateTime nowUtc)
    {
        if (Phase is ReviewPhase.Draft or ReviewPhase.Closed)
            throw new DomainRuleException(nameof(Phase), "Only a running cycle moves to its next phase.");
        MoveTo(NextPhase, nowUtc);
    }

    private void MoveTo(ReviewPhase next, DateTime nowUtc)
    {
        var ended = Phase;
        Phase = next;
        if (next == ReviewPhase.Closed) ClosedAtUtc = nowUtc;
        Raise(new ReviewPhaseStarted(this, ended, next));
    }

    /// <summary>
    /// Sets the phase directly, for demo history and tests that start mid-cycle; announces nothing. Real cycles move
    /// with <see cref="Launch"/> and <see cref="Advance"/>.
    /// </summary>
    public void StartAt(ReviewPhase phase, DateTime launchedAtUtc)
    {
        LaunchedAtUtc ??= launchedAtUtc;
        Phase = phase;
        if (phase == ReviewPhase.Closed) ClosedAtUtc ??= launchedAtUtc;
    }
}

/// <summary>One level of a cycle's rating scale, with its label and the share of people expected at it (calibration's guideline).</summary>
public class ReviewRatingLevel
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int Value { get; set; }
    public required string Label { get; set; }
    public int GuidelinePercent { get; set; }
}

/// <summary>A competency every review of the cycle rates, such as "Collaboration".</summary>
public class ReviewCompetency
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>The day a phase of a cycle must be done by.</summary>
public class ReviewPhaseDeadline
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ReviewPhase Phase { get; set; }
    public DateOnly DueOn { get; set; }
}

/// <summary>A department (scope Departments) or a person (scope People) a cycle is for, before it is launched.</summary>
public class ReviewCycleScopeEntry
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int? EmployeeId { get; set; }
    public Employee? Employee { get; set; }
}
