namespace ErmPortal.Web.Onboarding;

/// <summary>The "Onboarding" section of the settings.</summary>
public class OnboardingOptions
{
    /// <summary>The work email of the employee who does IT's tasks (laptop, accounts, access); none: HR assigns them.</summary>
    public string? ItContactEmail { get; set; }

    /// <summary>A buddy is suggested from colleagues with at least this many months with the organisation.</summary>
    public int BuddyMinimumTenureMonths { get; set; } = 12;
}
