using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// The notification kinds of change requests. Their arguments name the person and the fields, never a value:
/// notifications are emailed, and a new bank account or address has no place in a mailbox.
/// </summary>
public static class ChangeRequestNotifications
{
    public const string Submitted = "change-request-submitted";
    public const string Decided = "change-request-decided";
    public const string Overdue = "change-request-overdue";

    public static string FieldsArgument(IEnumerable<SensitiveField> fields) => string.Join(",", fields);

    /// <summary>The changed fields by their labels, in the reader's language.</summary>
    public static string FieldList(NotificationArguments args, IStringLocalizer l) =>
        string.Join(", ", args.Get("fields").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => Enum.TryParse<SensitiveField>(name, out var field) ? l[Fields.Label(field)].Value : name));
}

/// <summary>A new request tells every HR person (but not the one who sent it, if they work in HR themselves).</summary>
public class NotifyHrWhenChangeRequestSubmitted(INotifier notifier, NotificationRecipients recipients) : INotificationHandler<ChangeRequestSubmitted>
{
    public async Task Handle(ChangeRequestSubmitted notification, CancellationToken cancellationToken)
    {
        var request = notification.Request;
        var hr = await recipients.InRoleAsync(Roles.Hr, cancellationToken);
        await notifier.NotifyAsync(hr.Where(id => id != request.Employee.UserId), ChangeRequestNotifications.Submitted,
            new NotificationArguments
            {
                ["employee"] = request.Employee.DisplayName,
                ["fields"] = ChangeRequestNotifications.FieldsArgument(request.Items.Select(i => i.Field)),
            },
            $"/change-requests/{request.Id}", cancellationToken);
    }
}

/// <summary>
/// HR's decision tells the person. The reason stays on the request page behind sign-in: HR writes it freely and it
/// may quote the very values the email must not carry. A withdrawal is the person's own act and tells nobody.
/// </summary>
public class NotifyEmployeeWhenChangeRequestDecided(ErmDbContext db, INotifier notifier) : INotificationHandler<ChangeRequestDecided>
{
    public async Task Handle(ChangeRequestDecided notification, CancellationToken cancellationToken)
    {
        var request = notification.Request;
        if (request.Status is not (ChangeRequestStatus.Approved or ChangeRequestStatus.Rejected)) return;
        var userId = await db.Employees.Where(e => e.Id == request.EmployeeId).Select(e => e.UserId).FirstOrDefaultAsync(cancellationToken);
        if (userId is null) return;
        await notifier.NotifyAsync([userId], ChangeRequestNotifications.Decided,
            new NotificationArguments
            {
                ["outcome"] = request.Status.ToString(),
                ["fields"] = ChangeRequestNotifications.FieldsArgument(request.Items.Select(i => i.Field)),
            },
            "/me/change-requests", cancellationToken);
    }
}
