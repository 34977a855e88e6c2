using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// Pending change requests older than the allowed wait, for every HR person, every day until someone decides:
/// the employee cannot change these details without HR, so a forgotten request blocks them.
/// </summary>
public class OverdueChangeRequestReminders(ErmDbContext db, NotificationRecipients recipients, IOptions<ChangeRequestOptions> options)
    : IReminderSource
{
    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var sentBefore = day.AddDays(-options.Value.OverdueAfterDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var waiting = await db.ChangeRequests
            .Where(r => r.Status == ChangeRequestStatus.Pending && r.RequestedAtUtc < sentBefore)
            .OrderBy(r => r.RequestedAtUtc)
            .Select(r => new
            {
                r.Id, r.RequestedAtUtc, r.Employee.UserId,
                Name = (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                Fields = r.Items.Select(i => i.Field).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0) return [];

        var hr = await recipients.InRoleAsync(Roles.Hr, cancellationToken);
        return (from person in hr
                from request in waiting
                where request.UserId != person // nobody decides, or is reminded of, their own request
                select new ReminderItem(person, ChangeRequestNotifications.Overdue, new NotificationArguments
                {
                    ["employee"] = request.Name,
                    ["fields"] = ChangeRequestNotifications.FieldsArgument(request.Fields),
                    ["since"] = NotificationArguments.DateValue(DateOnly.FromDateTime(request.RequestedAtUtc)),
                }, $"/change-requests/{request.Id}")).ToList();
    }
}
