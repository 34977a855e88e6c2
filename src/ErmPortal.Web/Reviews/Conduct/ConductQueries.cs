using ErmPortal.Data;
using ErmPortal.Data.Reviews;

namespace ErmPortal.Web.Reviews.Conduct;

public static class ConductQueries
{
    // Phases are stored by name: a query asks for a list of them, never compares them as if they were in order.
    /// <summary>The phases in which the self-assessment and the manager assessment are written.</summary>
    public static readonly ReviewPhase[] AssessmentPhases = [ReviewPhase.SelfAssessment, ReviewPhase.ManagerAssessment, ReviewPhase.PeerFeedback];

    private static readonly ReviewPhase[] RunningPhases =
        Enum.GetValues<ReviewPhase>().Where(p => p >= ReviewPhase.SelfAssessment && p != ReviewPhase.Closed).ToArray();

    /// <summary>Reviews someone may still work on: of a cycle from its self-assessment on and not closed, and not final.</summary>
    public static IQueryable<Review> Running(ErmDbContext db) =>
        db.Set<Review>().Where(r => r.FinalizedAtUtc == null && RunningPhases.Contains(r.Cycle.Phase));
}
