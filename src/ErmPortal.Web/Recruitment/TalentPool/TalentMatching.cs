using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Accounts;
using ErmPortal.Web.Infrastructure.Email;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.TalentPool;

/// <summary>Which skills of a candidate an opening asks for: whole skills, compared without case ("C" does not match "C#").</summary>
public static class TalentMatching
{
    public static IReadOnlyList<string> Required(string? requiredSkills) =>
        Candidate.SplitSkills(requiredSkills).Select(s => s.ToLowerInvariant()).Distinct().ToList();

    /// <summary>The candidate's skills the opening asks for, as the candidate wrote them.</summary>
    public static IReadOnlyList<string> Matching(string? candidateSkills, IReadOnlyList<string> required) =>
        Candidate.SplitSkills(candidateSkills).Where(s => required.Contains(s.ToLowerInvariant())).DistinctBy(s => s.ToLowerInvariant()).ToList();
}

/// <summary>The talent pool's timeline kinds: a candidate invited to apply, or told of a new opening they asked to hear about.</summary>
public static class TalentPoolTimelineKinds
{
    public const string Invited = "invited-to-apply";
    public const string Told = "told-of-opening";
    public const string Opening = "opening";

    public static IServiceCollection AddTalentPoolTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<InvitedToApplyKind>().AddTimelineKind<ToldOfOpeningKind>();
}

public class InvitedToApplyKind : ITimelineKind
{
    public string Name => TalentPoolTimelineKinds.Invited;
    public string Label => "Invitations to apply";
    public string Icon => "bi-envelope-heart";
    public int Order => 310;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Invited to apply to {0}", a.Text(TalentPoolTimelineKinds.Opening) ?? ""];
}

public class ToldOfOpeningKind : ITimelineKind
{
    public string Name => TalentPoolTimelineKinds.Told;
    public string Label => "New openings told of";
    public string Icon => "bi-envelope-paper";
    public int Order => 320;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Told of the new opening {0}", a.Text(TalentPoolTimelineKinds.Opening) ?? ""];
}

/// <summary>
/// The emails the talent pool sends to candidates: an invitation to apply to an opening, and the news of an opening
/// they asked to hear about, each with a link to stop such emails in one click.
/// </summary>
public class TalentPoolEmails(IStringLocalizer<RecruitmentResource> l, PortalAddress portal, CandidateLinks links)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public EmailMessage Invitation(Candidate candidate, Opening opening) =>
        Write(candidate, opening, l["{0}, we have an opening you may like", candidate.FirstName],
            l["When you applied to us, you agreed that we keep your details for future openings. We think {0} could suit you, and we would be glad to receive your application.", opening.Title]);

    public EmailMessage NewOpening(Candidate candidate, Opening opening) =>
        Write(candidate, opening, l["New opening: {0}", opening.Title],
            l["You asked us to tell you about new openings that match your skills. {0} has just been published.", opening.Title]);

    private EmailMessage Write(Candidate candidate, Opening opening, string subject, string text)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(text)}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode($"{portal.BaseUrl}/careers/{opening.Id}")}\">{Encode(l["See the opening and apply"])}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p><small><a href=\"{Encode($"{portal.BaseUrl}/careers/unsubscribe/{links.TokenFor(candidate)}")}\">{Encode(l["Stop emails about new openings"])}</a></small></p>");
        return new EmailMessage(candidate.Email, subject, body.ToString());
    }

    private static string Encode(string text) => Encoder.Encode(text);
}

/// <summary>Records the talent pool's touchpoints on the candidate's timeline, readable by HR and the opening's hiring team.</summary>
public static class TalentPoolTimeline
{
    public static void Record(this TimelineRecorder timeline, string kind, Candidate candidate, Opening opening) =>
        timeline.RecordForCandidate(candidate.Id, kind, new TimelineArguments().With(TalentPoolTimelineKinds.Opening, opening.Title),
            OpeningAccess.TimelineScope(opening.Id), $"/recruitment/openings/{opening.Id}");
}
