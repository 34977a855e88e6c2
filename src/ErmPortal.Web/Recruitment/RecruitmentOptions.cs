using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment;

/// <summary>The organisation's recruitment settings (section "Recruitment").</summary>
public class RecruitmentOptions
{
    /// <summary>
    /// How long the personal data of a candidate who was not hired is kept after their last application ended, unless
    /// they agreed to join the talent pool.
    /// </summary>
    public int RetentionMonths { get; set; } = 12;

    /// <summary>
    /// The stage from which an employee's own manager may know they applied for another job inside the organisation.
    /// Before it the application is invisible to that manager everywhere (board, candidate page, search), even when
    /// the manager is on the opening's hiring team: people look around without fearing for their current job.
    /// </summary>
    public StageKind TellManagerAtStage { get; set; } = StageKind.Interview;
}
