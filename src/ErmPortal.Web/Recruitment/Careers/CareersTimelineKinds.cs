using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>What the careers page writes on a candidate's timeline, and the names of its arguments.</summary>
public static class CareersTimelineKinds
{
    public const string CandidateEmailed = "candidate-emailed";
    public const string Opening = "opening", Stage = "stage";
}

/// <summary>An email the candidate was sent: about an application entering a stage, or their private link again.</summary>
public class CandidateEmailedKind : ITimelineKind
{
    public string Name => CareersTimelineKinds.CandidateEmailed;
    public string Label => "Emails to the candidate";
    public string Icon => "bi-envelope";
    public int Order => 520;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        a.Has(CareersTimelineKinds.Opening)
            ? l["Emailed about the application for {0}: {1}", a.Text(CareersTimelineKinds.Opening) ?? "", a.Text(CareersTimelineKinds.Stage) ?? ""]
            : l["Emailed the private link to their applications again"];
}
