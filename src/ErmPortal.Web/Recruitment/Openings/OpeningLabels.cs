using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>The English words and badge colours for an opening's status and audience; views pass the words through the localizer.</summary>
public static class OpeningLabels
{
    public static string Of(OpeningStatus status) => status switch
    {
        OpeningStatus.Draft => "Draft",
        OpeningStatus.Published => "Published",
        _ => "Closed",
    };

    public static string Of(OpeningAudience audience) => audience == OpeningAudience.InternalOnly ? "Employees only" : "Everyone";

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

    public static string BadgeClass(OpeningStatus status) => status switch
    {
        OpeningStatus.Draft => "text-bg-secondary",
        OpeningStatus.Published => "text-bg-success",
        _ => "text-bg-dark",
    };
}
