using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>The English words for stage kinds (the filter's options); views pass them through the localizer.</summary>
public static class StageKindLabels
{
    public static string Of(StageKind kind) => kind switch
    {
        StageKind.Applied => "Applied",
        StageKind.Screening => "Screening",
        StageKind.Interview => "Interview",
        StageKind.Offer => "Offer",
        StageKind.Hired => "Hired",
        StageKind.Rejected => "Rejected",
        _ => "Withdrawn",
    };
}
