using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>The notification kinds of training records: HR hears of outside training to confirm, the person of HR's answer,
/// of a course to rate and of certifications to renew.</summary>
public static class RecordsNotifications
{
    public const string OutsideRecorded = "learning.outside-training-recorded";
    public const string OutsideConfirmed = "learning.outside-training-confirmed";
    public const string OutsideRefused = "learning.outside-training-refused";
    public const string RateTraining = "learning.rate-training";
    public const string CertificationExpiring = "learning.certification-expiring";

    public static IServiceCollection AddRecordsNotifications(this IServiceCollection services) => services
        .AddNotificationKind<LearningModule>(OutsideRecorded, "Someone recorded outside training for HR to confirm", "bi-journal-plus", emailByDefault: false,
            (args, l) => l["{0} recorded outside training to confirm: {1}.", args.Get("person"), args.Get("title")])
        .AddNotificationKind<LearningModule>(OutsideConfirmed, "HR confirmed training I recorded", "bi-journal-check", emailByDefault: true,
            (args, l) => l["HR confirmed your training {0}: it now counts.", args.Get("title")])
        .AddNotificationKind<LearningModule>(OutsideRefused, "HR did not confirm training I recorded", "bi-journal-x", emailByDefault: true,
            (args, l) => l["HR did not confirm your training {0}: {1}", args.Get("title"), args.Get("reason")])
        .AddNotificationKind<LearningModule>(RateTraining, "A course I completed can be rated", "bi-star", emailByDefault: false,
            (args, l) => l["How was {0}? Rate it for HR and the trainer.", args.Get("title")])
        .AddNotificationKind<LearningModule>(CertificationExpiring, "A certification of mine needs renewing", "bi-patch-exclamation", emailByDefault: true,
            (args, l) => l["Your certification {0} expires on {1}: plan its renewal.", args.Get("title"), args.DateText("expires")]);
}

/// <summary>
/// Tells HR of outside training to confirm, the person of HR's decision, and the participant of a catalog course they
/// can now rate. Nobody is told of their own act.
/// </summary>
public class NotifyAboutTraining(ErmDbContext db, INotifier notifier, NotificationRecipients recipients, Infrastructure.ICurrentUser user)
    : INotificationHandler<OutsideTrainingRecorded>, INotificationHandler<OutsideTrainingConfirmed>, INotificationHandler<OutsideTrainingRefused>,
        INotificationHandler<TrainingCompleted>
{
    public async Task Handle(OutsideTrainingRecorded notification, CancellationToken ct)
    {
        var record = notification.Record;
        var person = await db.Employees.Where(e => e.Id == record.EmployeeId)
            .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).SingleAsync(ct);
        var hr = (await recipients.InRoleAsync(Roles.Hr, ct)).Where(id => id != user.UserId);
        await notifier.NotifyAsync(hr, RecordsNotifications.OutsideRecorded, new NotificationArguments { ["person"] = person, ["title"] = record.Title },
            "/learning/records", ct);
    }

    public Task Handle(OutsideTrainingConfirmed notification, CancellationToken ct) =>
        TellPersonAsync(notification.Record, RecordsNotifications.OutsideConfirmed, new NotificationArguments { ["title"] = notification.Record.Title }, ct);

    public Task Handle(OutsideTrainingRefused notification, CancellationToken ct) =>
        TellPersonAsync(notification.Record, RecordsNotifications.OutsideRefused,
            new NotificationArguments { ["title"] = notification.Record.Title, ["reason"] = notification.Record.RefusalReason ?? "" }, ct);

    public Task Handle(TrainingCompleted notification, CancellationToken ct) =>
        notification.CourseId is null ? Task.CompletedTask
            : TellPersonAsync(notification.Record, RecordsNotifications.RateTraining, new NotificationArguments
            {
                ["title"] = notification.Title, ["record"] = notification.RecordId.ToString(CultureInfo.InvariantCulture),
            }, ct);

    private async Task TellPersonAsync(TrainingRecord record, string kind, NotificationArguments arguments, CancellationToken ct)
    {
        var account = await db.Employees.Where(e => e.Id == record.EmployeeId).Select(e => e.UserId).SingleAsync(ct);
        if (account is null || account == user.UserId) return;
        await notifier.NotifyAsync([account], kind, arguments, $"/me/learning/records#record-{record.Id}", ct);
    }
}

/// <summary>
/// Certifications about to expire, to their holders: two months ahead (time to book a course), a month, a week and on the
/// day, rather than every day. A certificate already renewed by a later completion is not reminded.
/// </summary>
public class CertificationReminders(ErmDbContext db) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var days = Certifications.RemindDaysAhead.Select(d => day.AddDays(d)).ToList();
        var expiring = await Certifications.Current(db.Set<TrainingRecord>())
            .Where(r => days.Contains(r.CertificateExpiresOn!.Value) && r.Employee.Status != Data.Organisation.EmployeeStatus.Left && r.Employee.UserId != null)
            .OrderBy(r => r.CertificateExpiresOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.CertificateExpiresOn, r.Employee.UserId })
            .ToListAsync(cancellationToken);
        return expiring.Select(r => new ReminderItem(r.UserId!, RecordsNotifications.CertificationExpiring, new NotificationArguments
        {
            ["title"] = r.Title, ["expires"] = NotificationArguments.DateValue(r.CertificateExpiresOn!.Value),
        }, $"/me/learning/records#record-{r.Id}")).ToList();
    }
}
