using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Accounts;
using ErmPortal.Web.Infrastructure.Email;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>
/// The emails a candidate gets, in the language they applied in, each with their private status link and each written
/// on their timeline so the recruiters know what the candidate was told. The words about a stage are HR's own for
/// that stage; the frame around them is the portal's.
/// </summary>
public class CandidateEmails(IEmailOutbox outbox, CandidateLinks links, PortalAddress portal, IStringLocalizer<RecruitmentResource> localizer,
    TimelineRecorder timeline)
{
    public void SendStageMessage(Candidate candidate, int openingId, string openingTitle, OpeningStage stage, bool received) =>
        Send(candidate, new TimelineArguments().With(CareersTimelineKinds.Opening, openingTitle).With(CareersTimelineKinds.Stage, stage.Name),
            OpeningAccess.TimelineScope(openingId), () =>
            {
                var subject = received
                    ? localizer["We received your application for {0}", openingTitle].Value
                    : localizer["News about your application for {0}", openingTitle].Value;
                var body = new StringBuilder(Greeting(candidate));
                if (received) body.Append($"<p>{Encode(localizer["Your application for {0} has reached us.", openingTitle])}</p>");
                if (!string.IsNullOrWhiteSpace(stage.CandidateMessage)) body.Append($"<p>{Paragraph(stage.CandidateMessage)}</p>");
                return (subject, body.Append(StatusLink(candidate)).ToString());
            });

    public void SendStatusLink(Candidate candidate) =>
        Send(candidate, new TimelineArguments(), null, () =>
            (localizer["Your applications"].Value,
             Greeting(candidate) + $"<p>{Encode(localizer["You asked for the link to your applications. Here it is."])}</p>" + StatusLink(candidate)));

    private void Send(Candidate candidate, TimelineArguments arguments, string? scope, Func<(string Subject, string Body)> write)
    {
        var (subject, body) = NotificationEmails.InCulture(candidate.Language, write);
        outbox.Enqueue(new EmailMessage(candidate.Email, subject, body));
        timeline.RecordForCandidate(candidate.Id, CareersTimelineKinds.CandidateEmailed, arguments, scope);
    }

    private string Greeting(Candidate candidate) => $"<p>{Encode(localizer["Hello {0},", candidate.FirstName])}</p>";

    private string StatusLink(Candidate candidate) =>
        $"<p><a href=\"{Encode(portal.BaseUrl + links.StatusPathFor(candidate))}\">{Encode(localizer["See how your applications stand"])}</a></p>" +
        $"<p><small>{Encode(localizer["This link is yours alone: whoever has it can see and withdraw your applications, so do not pass it on."])}</small></p>";

    // HR's message keeps its line breaks; everything in it is text.
    private static string Paragraph(string text) => string.Join("<br>", text.Trim().Split('\n').Select(line => Encode(line.TrimEnd('\r'))));

    // Persian and Chinese stay readable characters in the source of the email; markup is still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}

/// <summary>
/// No candidate is left without an answer: the first stage's words go out as the confirmation of an application, and
/// every later stage that has words of HR's goes out when the application enters it (moved on, rejected, withdrawn,
/// hired). A stage without words is a step HR keeps to themselves.
/// </summary>
public class TellCandidateAboutTheirApplication(ErmDbContext db, CandidateEmails emails)
    : INotificationHandler<ApplicationReceived>, INotificationHandler<ApplicationMoved>
{
    public async Task Handle(ApplicationReceived notification, CancellationToken ct) =>
        await TellAsync(notification.Application, notification.Application.Stage, received: true, ct);

    public async Task Handle(ApplicationMoved notification, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(notification.To.CandidateMessage)) return;
        await TellAsync(notification.Application, notification.To, received: false, ct);
    }

    private async Task TellAsync(JobApplication application, OpeningStage stage, bool received, CancellationToken ct)
    {
        // The use case that moved the application may not have read the candidate or the opening with it.
        var candidate = application.Candidate ?? await db.Set<Candidate>().FirstAsync(c => c.Id == application.CandidateId, ct);
        if (candidate.AnonymisedAtUtc is not null) return;
        var title = application.Opening?.Title ?? await db.Set<Opening>().Where(o => o.Id == application.OpeningId).Select(o => o.Title).FirstAsync(ct);
        emails.SendStageMessage(candidate, application.OpeningId, title, stage, received);
    }
}
