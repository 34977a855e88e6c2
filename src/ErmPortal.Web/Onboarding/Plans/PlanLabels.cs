using ErmPortal.Data.Onboarding;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>The English keys of the plan's enums, translated where they are shown.</summary>
public static class PlanLabels
{
    public static string Of(JourneyKind kind) => kind == JourneyKind.Onboarding ? "Onboarding" : "Offboarding";

    public static string Of(TaskOwner owner) => owner switch
    {
        TaskOwner.Hr => "HR",
        TaskOwner.Manager => "Manager",
        TaskOwner.It => "IT",
        TaskOwner.Buddy => "Buddy",
        _ => "The person",
    };

    public static string Of(OffsetUnit unit) => unit switch
    {
        OffsetUnit.Days => "Days",
        OffsetUnit.WorkingDays => "Working days",
        OffsetUnit.Months => "Months",
        _ => "Month ends",
    };

    /// <summary>"First day" for someone joining, "last day" for someone leaving: the anchor day named as people say it.</summary>
    public static string AnchorOf(JourneyKind kind) => kind == JourneyKind.Onboarding ? "First day" : "Last day";

    public static string Of(PlanStatus status) => status switch
    {
        PlanStatus.Running => "Running",
        PlanStatus.Completed => "Completed",
        _ => "Cancelled",
    };

    public static string Name(string? preferred, string legalFirst, string legalLast) => $"{preferred ?? legalFirst} {legalLast}";
}
