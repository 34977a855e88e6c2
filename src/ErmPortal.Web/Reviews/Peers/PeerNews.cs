using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>
/// The notification kinds of 360° feedback. None names who answered, and an answer notifies nobody: a message sent at the
/// moment of an answer would tell its reader who had just written.
/// </summary>
public static class PeerNotifications
{
    public const string ToDecide = "peer-nominations-to-decide";
    public const string Requested = "peer-feedback-requested";

    public static IServiceCollection AddPeerNotifications(this IServiceCollection services) => services
        .AddNotificationKind<ReviewsModule>(ToDecide, "Peer nominations wait for my approval", "bi-people", emailByDefault: false,
            (args, l) => l["{0} asked colleagues for feedback on their review: approve or decline them.", args.Get("person")])
        .AddNotificationKind<ReviewsModule>(Requested, "A colleague asks for my feedback", "bi-chat-square-quote", emailByDefault: true,
            (args, l) => l["{0} would value your feedback for their review.", args.Get("person")])
        .AddReminderSource<PeerFeedbackReminders>();
}

/// <summary>Tells the reviewer of nominations to decide and, through <see cref="PeerFeedbackRequested"/>, the peer of a form to answer.</summary>
public class PeerNews(ErmDbContext db, INotifier notifier) : INotificationHandler<PeerFeedbackRequested>
{
    public async Task NominatedAsync(PeerReview review, CancellationToken ct)
    {
        if (review.ReviewerId is not { } reviewer) return;
        var userId = await db.Employees.Where(e => e.Id == reviewer).Select(e => e.UserId).FirstOrDefaultAsync(ct);
        if (userId is not null)
            await notifier.NotifyAsync([userId], PeerNotifications.ToDecide, new NotificationArguments { ["person"] = review.Person },
                $"/reviews/{review.ReviewId.ToString(CultureInfo.InvariantCulture)}/peers", ct);
    }

    public async Task Handle(PeerFeedbackRequested notification, CancellationToken ct)
    {
        var n = notification.Nomination;
        var facts = await db.Set<PeerNomination>().Where(x => x.Id == n.Id)
            .Select(x => new { x.Peer.UserId, Person = (x.Review.Employee.PreferredName ?? x.Review.Employee.LegalFirstName) + " " + x.Review.Employee.LegalLastName })
            .SingleAsync(ct);
        if (facts.UserId is not null)
            await notifier.NotifyAsync([facts.UserId], PeerNotifications.Requested, new NotificationArguments { ["person"] = facts.Person },
                $"/reviews/feedback/{n.Id.ToString(CultureInfo.InvariantCulture)}", ct);
    }
}

/// <summary>
/// Every Monday while a cycle takes peer feedback: each peer's forms still to answer, and each reviewer's nominations
/// still to decide, in their digest.
/// </summary>
public class PeerFeedbackReminders(ErmDbContext db) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken ct)
    {
        if (day.DayOfWeek != DayOfWeek.Monday) return [];
        var open = db.Set<PeerNomination>().Where(n => n.Review.Cycle.IncludesPeerFeedback && n.Review.FinalizedAtUtc == null
            && PeerFeedbackRules.OpenPhases.Contains(n.Review.Cycle.Phase));
        var toAnswer = await open.Where(n => n.Status == PeerNominationStatus.Approved && !n.Answered && n.Peer.UserId != null)
            .Select(n => new { n.Id, UserId = n.Peer.UserId!, Person = (n.Review.Employee.PreferredName ?? n.Review.Employee.LegalFirstName) + " " + n.Review.Employee.LegalLastName })
            .ToListAsync(ct);
        var toDecide = await open.Where(n => n.Status == PeerNominationStatus.Proposed && n.Review.Reviewer != null && n.Review.Reviewer.UserId != null)
            .Select(n => new { n.ReviewId, UserId = n.Review.Reviewer!.UserId!, Person = (n.Review.Employee.PreferredName ?? n.Review.Employee.LegalFirstName) + " " + n.Review.Employee.LegalLastName })
            .Distinct().ToListAsync(ct);
        return toAnswer.Select(a => new ReminderItem(a.UserId, PeerNotifications.Requested, new NotificationArguments { ["person"] = a.Person },
                $"/reviews/feedback/{a.Id.ToString(CultureInfo.InvariantCulture)}"))
            .Concat(toDecide.Select(d => new ReminderItem(d.UserId, PeerNotifications.ToDecide, new NotificationArguments { ["person"] = d.Person },
                $"/reviews/{d.ReviewId.ToString(CultureInfo.InvariantCulture)}/peers")))
            .ToList();
    }
}
