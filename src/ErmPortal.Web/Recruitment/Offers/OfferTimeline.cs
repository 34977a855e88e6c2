using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// Offers and hires on the candidate's timeline, read by HR and the opening's hiring team, and the hire on the new
/// employee's timeline for HR, linking back to the candidate record. No figure is kept: interviewers read the
/// candidate's timeline but never the pay, and the reasons given (HR's for refusing an approval, the candidate's for
/// declining) often name figures, so they stay on the offer page.
/// </summary>
public class RecordOfferEvents(TimelineRecorder timeline, ErmDbContext db) : INotificationHandler<OfferChanged>, INotificationHandler<CandidateHired>
{
    public async Task Handle(OfferChanged notification, CancellationToken cancellationToken)
    {
        var offer = notification.Offer;
        timeline.RecordForCandidate(offer.Application.CandidateId, OfferTimelineKinds.Offer,
            new TimelineArguments().With(OfferTimelineKinds.Status, offer.Status.ToString())
                .With(OfferTimelineKinds.Position, await PositionAsync(offer.PositionId, cancellationToken)),
            OpeningAccess.TimelineScope(offer.Application.OpeningId), $"/recruitment/offers/{offer.Id}");
    }

    public async Task Handle(CandidateHired notification, CancellationToken cancellationToken)
    {
        var (offer, candidate, employee) = (notification.Offer, notification.Candidate, notification.Employee);
        timeline.RecordForCandidate(candidate.Id, OfferTimelineKinds.Hired,
            new TimelineArguments().With(OfferTimelineKinds.Transfer, notification.Transfer)
                .With(OfferTimelineKinds.Position, await PositionAsync(offer.PositionId, cancellationToken)).With("startDate", offer.StartDate),
            OpeningAccess.TimelineScope(offer.Application.OpeningId), $"/employees/{employee.Id}");
        var title = await db.Set<Opening>().Where(o => o.Id == offer.Application.OpeningId).Select(o => o.Title).FirstAsync(cancellationToken);
        // The profile has no place for other modules' sections; its timeline is where a module adds what it knows of the person.
        timeline.RecordForEmployee(employee.Id, OfferTimelineKinds.Recruited, new TimelineArguments().With("opening", title), TimelineAudience.Hr,
            $"/recruitment/candidates/{candidate.Id}");
    }

    private Task<string?> PositionAsync(int id, CancellationToken ct) =>
        db.Positions.Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(ct);
}

public static class OfferTimelineKinds
{
    public const string Offer = "offer", Hired = "candidate-hired", Recruited = "recruited";
    public const string Status = "status", Position = "position", Transfer = "transfer";

    public static IServiceCollection AddOfferTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<OfferKind>().AddTimelineKind<CandidateHiredKind>().AddTimelineKind<RecruitedKind>();
}

public class OfferKind : ITimelineKind
{
    public string Name => OfferTimelineKinds.Offer;
    public string Label => "Offers";
    public string Icon => "bi-envelope-paper";
    public int Order => 320;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        var position = a.Text(OfferTimelineKinds.Position) ?? "";
        return Enum.TryParse<OfferStatus>(a.Text(OfferTimelineKinds.Status), out var status) ? status switch
        {
            OfferStatus.Draft => l["Offer for {0} drafted", position],
            OfferStatus.PendingApproval => l["Offer for {0} sent to HR for approval", position],
            OfferStatus.Approved => l["Offer for {0} approved by HR", position],
            OfferStatus.Rejected => l["Offer for {0} not approved by HR", position],
            OfferStatus.Sent => l["Offer for {0} sent to the candidate", position],
            OfferStatus.Accepted => l["Offer for {0} accepted", position],
            OfferStatus.Declined => l["Offer for {0} declined", position],
            _ => l["Offer for {0} withdrawn", position],
        } : position;
    }
}

public class CandidateHiredKind : ITimelineKind
{
    public string Name => OfferTimelineKinds.Hired;
    public string Label => "Hires";
    public string Icon => "bi-person-check";
    public int Order => 330;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        var start = a.Date("startDate") is { } date ? f.Date(date) : "";
        var position = a.Text(OfferTimelineKinds.Position) ?? "";
        return a.Bool(OfferTimelineKinds.Transfer) == true
            ? l["Internal hire: moves to {0} on {1}", position, start]
            : l["Hired as {0}, starting on {1}", position, start];
    }
}

/// <summary>On the employee's timeline, for HR: where they came from, with the link to their candidate record.</summary>
public class RecruitedKind : ITimelineKind
{
    public string Name => OfferTimelineKinds.Recruited;
    public string Label => "Recruitment";
    public string Icon => "bi-person-vcard";
    public int Order => 15;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Hired through the opening {0}; the candidate record stays linked", a.Text("opening") ?? ""];
}
