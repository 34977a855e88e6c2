namespace ErmPortal.Web.Recruitment;

/// <summary>The organisation's recruitment settings (section "Recruitment").</summary>
public class RecruitmentOptions
{
    /// <summary>
    /// How long the personal data of a candidate who was not hired is kept after their last application ended, unless
    /// they agreed to join the talent pool.
    /// </summary>
    public int RetentionMonths { get; set; } = 12;
}
