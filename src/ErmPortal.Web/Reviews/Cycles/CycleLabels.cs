using ErmPortal.Data.Reviews;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>The English words (resource keys) for a cycle's phases and scopes.</summary>
public static class CycleLabels
{
    public static string Of(ReviewPhase phase) => phase switch
    {
        ReviewPhase.Draft => "Draft",
        ReviewPhase.GoalSetting => "Goal setting",
        ReviewPhase.SelfAssessment => "Self-assessment",
        ReviewPhase.ManagerAssessment => "Manager assessment",
        ReviewPhase.PeerFeedback => "Peer feedback",
        ReviewPhase.Calibration => "Calibration",
        ReviewPhase.Sharing => "Sharing",
        ReviewPhase.Acknowledgement => "Acknowledgement",
        _ => "Closed",
    };

    public static string Of(ReviewCycleScope scope) => scope switch
    {
        ReviewCycleScope.Departments => "Some departments",
        ReviewCycleScope.People => "A list of people",
        _ => "Everyone",
    };
}
