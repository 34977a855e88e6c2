using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment;

/// <summary>The English words for recruitment's enum values; views pass them through the localizer.</summary>
public static class RecruitmentLabels
{
    public static string Of(StageKind kind) => kind.ToString();

    public static string Of(CandidateSource source) => source switch
    {
        CandidateSource.CareersPage => "Careers page",
        CandidateSource.JobBoard => "Job board",
        _ => source.ToString(),
    };
}
