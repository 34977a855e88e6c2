using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>The answers to "how did you hear about us?" as a candidate reads them (English keys, localized by the page).</summary>
public static class SourceLabels
{
    public static string Of(CandidateSource source) => source switch
    {
        CandidateSource.CareersPage => "Our careers page",
        CandidateSource.Referral => "Someone who works here",
        CandidateSource.LinkedIn => "LinkedIn",
        CandidateSource.JobBoard => "A job board",
        CandidateSource.Agency => "A recruitment agency",
        CandidateSource.Event => "An event or a job fair",
        CandidateSource.Internal => "I work here",
        _ => "Somewhere else",
    };
}

/// <summary>What the shared part of the application forms shows: the CV on file (if any) and the answers as posted.</summary>
public record CandidateFields(string? CvOnFile, string? CoverLetter, CandidateSource Source);
