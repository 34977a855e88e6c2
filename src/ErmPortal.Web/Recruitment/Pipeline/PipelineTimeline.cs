using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>The pipeline's timeline kinds and the names of their arguments, shared by the recorder and the renderers.</summary>
public static class PipelineTimelineKinds
{
    public const string Applied = "applied";
    public const string Moved = "moved";
    public const string Note = "note";

    public const string Opening = "opening", OpeningId = "openingId", Source = "source";
    public const string From = "from", To = "to", ToKind = "toKind", Reason = "reason", Text = "text";

    public static string LinkTo(int candidateId) => $"/recruitment/candidates/{candidateId}";

    /// <summary>The application's card on its opening's board: from the candidate's page, where the entry leads on to.</summary>
    public static string LinkTo(JobApplication application) => $"/recruitment/openings/{application.OpeningId}/board#application-{application.Id}";

    public static IServiceCollection AddPipelineTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<AppliedKind>().AddTimelineKind<MovedKind>().AddTimelineKind<NoteKind>();
}

public class AppliedKind : ITimelineKind
{
    public string Name => PipelineTimelineKinds.Applied;
    public string Label => "Applications";
    public string Icon => "bi-envelope-paper";
    public int Order => 200;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Applied for {0} ({1})", a.Text(PipelineTimelineKinds.Opening) ?? "",
            Enum.TryParse<CandidateSource>(a.Text(PipelineTimelineKinds.Source), out var source) ? l[RecruitmentLabels.Of(source)] : ""];
}

public class MovedKind : ITimelineKind
{
    public string Name => PipelineTimelineKinds.Moved;
    public string Label => "Stage changes";
    public string Icon => "bi-kanban";
    public int Order => 210;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        var (opening, from, to) = (a.Text(PipelineTimelineKinds.Opening) ?? "", a.Text(PipelineTimelineKinds.From) ?? "", a.Text(PipelineTimelineKinds.To) ?? "");
        return a.Text(PipelineTimelineKinds.Reason) is { } reason
            ? l["{0}: moved from {1} to {2}, because: {3}", opening, from, to, reason]
            : l["{0}: moved from {1} to {2}", opening, from, to];
    }
}

public class NoteKind : ITimelineKind
{
    public string Name => PipelineTimelineKinds.Note;
    public string Label => "Notes";
    public string Icon => "bi-sticky";
    public int Order => 220;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Note on {0}: {1}", a.Text(PipelineTimelineKinds.Opening) ?? "", a.Text(PipelineTimelineKinds.Text) ?? ""];
}

/// <summary>
/// Every application and every move (by the hiring team, the candidate's withdrawal, the hire) on the candidate's
/// timeline, for HR and for the hiring team of that opening. The opening's title and the stages' names are kept as
/// they were on the day.
/// </summary>
public class RecordPipelineEvents(TimelineRecorder timeline, ErmDbContext db)
    : INotificationHandler<ApplicationReceived>, INotificationHandler<ApplicationMoved>
{
    // Read once per request: a bulk rejection moves many applications of one opening.
    private readonly Dictionary<int, string> _titles = [];

    public async Task Handle(ApplicationReceived notification, CancellationToken cancellationToken)
    {
        var application = notification.Application;
        var arguments = new TimelineArguments()
            .With(PipelineTimelineKinds.OpeningId, application.OpeningId)
            .With(PipelineTimelineKinds.Opening, await TitleAsync(application.OpeningId, cancellationToken))
            .With(PipelineTimelineKinds.Source, application.Source.ToString());
        timeline.RecordForCandidate(application.CandidateId, PipelineTimelineKinds.Applied, arguments,
            OpeningAccess.TimelineScope(application.OpeningId), PipelineTimelineKinds.LinkTo(application));
    }

    public async Task Handle(ApplicationMoved notification, CancellationToken cancellationToken)
    {
        var (application, from, to) = (notification.Application, notification.From, notification.To);
        var arguments = new TimelineArguments()
            .With(PipelineTimelineKinds.OpeningId, application.OpeningId)
            .With(PipelineTimelineKinds.Opening, await TitleAsync(application.OpeningId, cancellationToken))
            .With(PipelineTimelineKinds.From, from.Name).With(PipelineTimelineKinds.To, to.Name)
            .With(PipelineTimelineKinds.ToKind, to.Kind.ToString())
            .With(PipelineTimelineKinds.Reason, application.OutcomeReason);
        timeline.RecordForCandidate(application.CandidateId, PipelineTimelineKinds.Moved, arguments,
            OpeningAccess.TimelineScope(application.OpeningId), PipelineTimelineKinds.LinkTo(application));
    }

    private async Task<string> TitleAsync(int openingId, CancellationToken cancellationToken)
    {
        if (_titles.TryGetValue(openingId, out var title)) return title;
        title = await db.Set<Opening>().Where(o => o.Id == openingId).Select(o => o.Title).FirstAsync(cancellationToken);
        return _titles[openingId] = title;
    }
}
