using ErmPortal.Data.Organisation;

namespace ErmPortal.Web.Shared;

/// <summary>The English words for enum values; views pass them through the localizer.</summary>
public static class Labels
{
    public static string Of(EmployeeStatus status) => status switch
    {
        EmployeeStatus.OnLeave => "On leave",
        _ => status.ToString(),
    };

    public static string Of(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "Full time",
        EmploymentType.PartTime => "Part time",
        _ => type.ToString(),
    };

    public static string Of(Gender gender) => gender switch
    {
        Gender.NonBinary => "Non-binary",
        Gender.PreferNotToSay => "Prefer not to say",
        _ => gender.ToString(),
    };

    /// <summary>Up to two letters for an avatar: "Ada Lovelace" gives "AL".</summary>
    public static string Initials(string displayName) =>
        string.Concat(displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(part => char.ToUpperInvariant(part[0])));

    public static string BadgeClass(EmployeeStatus status) => status switch
    {
        EmployeeStatus.Active => "text-bg-success",
        EmployeeStatus.Onboarding => "text-bg-info",
        EmployeeStatus.OnLeave => "text-bg-warning",
        EmployeeStatus.Leaving => "text-bg-secondary",
        _ => "text-bg-light border",
    };
}
