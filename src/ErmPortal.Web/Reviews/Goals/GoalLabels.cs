using ErmPortal.Data.Reviews;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>The words a goal's status is shown with, and its badge: keys of the Reviews resources.</summary>
public static class GoalLabels
{
    public static string Of(PerformanceGoalStatus status) => status switch
    {
        PerformanceGoalStatus.NotStarted => "Not started",
        PerformanceGoalStatus.OnTrack => "On track",
        PerformanceGoalStatus.AtRisk => "At risk",
        PerformanceGoalStatus.OffTrack => "Off track",
        PerformanceGoalStatus.Achieved => "Achieved",
        PerformanceGoalStatus.Missed => "Missed",
        _ => "Dropped",
    };

    public static string BadgeOf(PerformanceGoalStatus status) => status switch
    {
        PerformanceGoalStatus.OnTrack or PerformanceGoalStatus.Achieved => "text-bg-success",
        PerformanceGoalStatus.AtRisk => "text-bg-warning",
        PerformanceGoalStatus.OffTrack or PerformanceGoalStatus.Missed => "text-bg-danger",
        _ => "text-bg-light border",
    };
}
