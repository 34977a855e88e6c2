using ErmPortal.Data.Reviews;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>The words for a cycle's phase and a potential, as the resources hold them.</summary>
public static class ConductLabels
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

    public static string Of(Potential potential) => potential switch
    {
        Potential.Low => "Low potential",
        Potential.Medium => "Medium potential",
        _ => "High potential",
    };
}
