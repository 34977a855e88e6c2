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

    public static string Of(CandidateSource source) => source switch
    {
        CandidateSource.CareersPage => "Careers page",
        CandidateSource.JobBoard => "Job board",
        _ => source.ToString(),
    };
}
