using ErmPortal.Data.Learning;

namespace ErmPortal.Web.Learning.Development;

/// <summary>The words a goal's status is shown with: keys of the Learning resources.</summary>
public static class GoalLabels
{
    public static string Of(GoalStatus status) => status switch
    {
        GoalStatus.Achieved => "Achieved",
        GoalStatus.Dropped => "Dropped",
        _ => "In progress",
    };
}
