using ErmPortal.Data.Cases;

namespace ErmPortal.Web.Cases;

/// <summary>The words a case's kind and status are shown with: keys of the Cases resources.</summary>
public static class CaseLabels
{
    public static string Of(CaseKind kind) => kind switch
    {
        CaseKind.Grievance => "Grievance",
        CaseKind.Disciplinary => "Disciplinary",
        CaseKind.Investigation => "Investigation",
        CaseKind.HealthAndAccommodation => "Health and accommodation",
        CaseKind.PerformanceImprovement => "Performance improvement",
        _ => "Other",
    };

    public static string Of(CaseStatus status) => status == CaseStatus.Open ? "Open" : "Closed";

    public static string BadgeOf(CaseStatus status) => status == CaseStatus.Open ? "text-bg-warning" : "text-bg-light border";
}
