using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// Who hears of a review's steps: the reviewer when the self-assessment is in, the person when their review is shared,
/// the reviewer and HR when the person formally disagrees; in the weekly digest, whoever still has their part to do.
/// </summary>
public static class ConductNotifications
{
    public const string SelfAssessmentIn = "reviews.self-assessment-in";
    public const string Shared = "reviews.review-shared";
    public const string Disagreed = "reviews.review-disagreed";
    public const string StillToDo = "reviews.review-still-to-do";

    public static IServiceCollection AddConductNotifications(this IServiceCollection services) => services
        .AddNotificationKind<ReviewsModule>(SelfAssessmentIn, "A self-assessment I review is in", "bi-clipboard-check", emailByDefault: true,
            (args, l) => l["{0} handed in their self-assessment: you can write your assessment.", args.Get("person")])
        .AddNotificationKind<ReviewsModule>(Shared, "My review is shared", "bi-send", emailByDefault: true,
            (args, l) => l["Your review of {0} is shared: read it and acknowledge it.", args.Get("cycle")])
        .AddNotificationKind<ReviewsModule>(Disagreed, "Someone disagrees with their review", "bi-exclamation-octagon", emailByDefault: true,
            (args, l) => l["{0} formally disagrees with their review of {1}.", args.Get("person"), args.Get("cycle")])
        .AddNotificationKind<ReviewsModule>(StillToDo, "A review of mine still waits for me", "bi-hourglass-split", emailByDefault: false,
            (args, l) => l["The review of {0} in {1} is waiting for you.", args.Get("person"), args.Get("cycle")]);
}

public class NotifyAboutReviewSteps(ErmDbContext db, INotifier notifier, NotificationRecipients recipients, ICurrentUser user)
    : INotificationHandler<SelfAssessmentSubmitted>, INotificationHandler<ReviewShared>, INotificationHandler<ReviewDisagreed>
{
    public async Task Handle(SelfAssessmentSubmitted e, CancellationToken ct)
    {
        var facts = await FactsAsync(e.Review, ct);
        if (facts.ReviewerUserId is { } reviewer) await TellAsync([reviewer], ConductNotifications.SelfAssessmentIn, facts, e.Review, ct);
    }

    public async Task Handle(ReviewShared e, CancellationToken ct)
    {
        var facts = await FactsAsync(e.Review, ct);
        if (facts.PersonUserId is { } person) await TellAsync([person], ConductNotifications.Shared, facts, e.Review, ct);
    }

    public async Task Handle(ReviewDisagreed e, CancellationToken ct)
    {
        var facts = await FactsAsync(e.Review, ct);
        var hr = await recipients.InRoleAsync(Roles.Hr, ct);
        await TellAsync(hr.Append(facts.ReviewerUserId).OfType<string>().Distinct(), ConductNotifications.Disagreed, facts, e.Review, ct);
    }

    private record Facts(string Person, string Cycle, string? PersonUserId, string? ReviewerUserId);

    private Task<Facts> FactsAsync(Review review, CancellationToken ct) =>
        db.Set<Review>().Where(r => r.Id == review.Id)
            .Select(r => new Facts((r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName, r.Cycle.Name,
                r.Employee.UserId, r.Reviewer == null ? null : r.Reviewer.UserId))
            .SingleAsync(ct);

    /// <summary>Nobody is told of their own act.</summary>
    private Task TellAsync(IEnumerable<string> userIds, string kind, Facts facts, Review review, CancellationToken ct) =>
        notifier.NotifyAsync(userIds.Where(id => id != user.UserId).ToList(), kind, new NotificationArguments { ["person"] = facts.Person, ["cycle"] = facts.Cycle },
            $"/reviews/{review.Id.ToString(CultureInfo.InvariantCulture)}", ct);
}

/// <summary>
/// On Mondays, each part of a review still to do, to whoever owes it: the person their open self-assessment or a shared
/// review to acknowledge, the reviewer an assessment they may write. Weekly rather than daily, like the other digests.
/// </summary>
public class ReviewReminders(ErmDbContext db) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken ct)
    {
        if (day.DayOfWeek != DayOfWeek.Monday) return [];
        var waiting = await ConductQueries.Running(db)
            .Where(r => r.SharedAtUtc != null
                        || (ConductQueries.AssessmentPhases.Contains(r.Cycle.Phase) && (r.SelfSubmittedAtUtc == null || r.ManagerSubmittedAtUtc == null)))
            .Select(r => new
            {
                r.Id, Cycle = r.Cycle.Name, Person = (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                PersonOwes = r.SharedAtUtc != null || r.SelfSubmittedAtUtc == null, r.Employee.UserId,
                ReviewerOwes = r.SharedAtUtc == null && (r.SelfSubmittedAtUtc != null || r.ManagerOpenedAtUtc != null) && r.ManagerSubmittedAtUtc == null,
                ReviewerUserId = r.Reviewer == null ? null : r.Reviewer.UserId,
            })
            .ToListAsync(ct);
        return waiting.SelectMany(w => new[]
            {
                w.PersonOwes && w.UserId is not null ? new ReminderItem(w.UserId, ConductNotifications.StillToDo, Arguments(w.Person, w.Cycle), Link(w.Id)) : null,
                w.ReviewerOwes && w.ReviewerUserId is not null ? new ReminderItem(w.ReviewerUserId, ConductNotifications.StillToDo, Arguments(w.Person, w.Cycle), Link(w.Id)) : null,
            })
            .OfType<ReminderItem>().ToList();
    }

    private static NotificationArguments Arguments(string person, string cycle) => new() { ["person"] = person, ["cycle"] = cycle };

    private static string Link(int id) => $"/reviews/{id.ToString(CultureInfo.InvariantCulture)}";
}
