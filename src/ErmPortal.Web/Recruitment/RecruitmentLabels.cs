using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment;

/// <summary>The English words for recruitment's enum values; views and the timeline pass them through the localizer.</summary>
public static class RecruitmentLabels
{
    public static string Of(OpeningStatus status) => status.ToString();

    public static string Of(OpeningAudience audience) => audience == OpeningAudience.InternalOnly ? "Employees only" : "Everyone";

    public static string BadgeClass(OpeningStatus status) => status switch
    {
        OpeningStatus.Draft => "text-bg-secondary",
        OpeningStatus.Published => "text-bg-success",
        _ => "text-bg-dark",
    };

    public static string Of(StageKind kind) => kind.ToString();

    /// <summary>A stage's badge: ended without a hire is grey, hired is green, still running is blue.</summary>
    public static string BadgeClass(StageKind kind) => kind switch
    {
        StageKind.Rejected or StageKind.Withdrawn => "text-bg-secondary",
        StageKind.Hired => "text-bg-success",
        _ => "text-bg-primary",
    };

    public static string Of(CandidateSource source) => source switch
    {
        CandidateSource.CareersPage => "Careers page",
        CandidateSource.JobBoard => "Job board",
        _ => source.ToString(),
    };
}
