using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>The notification kinds of openings.</summary>
public static class OpeningNotifications
{
    public const string InterviewerAdded = "opening-interviewer-added";

    public static void AddOpeningNotifications(this IServiceCollection services) =>
        services.AddNotificationKind<RecruitmentModule>(InterviewerAdded, "I am asked to interview for an opening", "bi-people", emailByDefault: true,
            (args, l) => l["You interview for {0}, with {1} as hiring manager.", args.Get("opening"), args.Get("manager")]);
}

/// <summary>An employee named as an interviewer is told, so they know the opening's candidates are now theirs to read.</summary>
public class NotifyInterviewersWhenAdded(ErmDbContext db, INotifier notifier) : INotificationHandler<OpeningInterviewersAdded>
{
    public async Task Handle(OpeningInterviewersAdded notification, CancellationToken cancellationToken)
    {
        var opening = notification.Opening;
        var recipients = await db.Employees.Where(e => notification.EmployeeIds.Contains(e.Id) && e.UserId != null)
            .Select(e => e.UserId!).ToListAsync(cancellationToken);
        if (recipients.Count == 0) return;
        var manager = await db.Employees.Where(e => e.Id == opening.HiringManagerId)
            .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).SingleAsync(cancellationToken);
        await notifier.NotifyAsync(recipients, OpeningNotifications.InterviewerAdded,
            new NotificationArguments { ["opening"] = opening.Title, ["manager"] = manager },
            $"/recruitment/openings/{opening.Id}", cancellationToken);
    }
}
