using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>
/// Documents about to expire, to every HR person (who renew contracts and check permits) and, for a document shared with
/// them, to the person whose passport or permit it is. Reminded a month ahead, a week ahead and on the day itself rather
/// than every day of the month: a long list of permits would otherwise fill every digest. Running twice a day adds
/// nothing: the digest is claimed once per person and day. A document already replaced by a newer one is not reminded.
/// </summary>
public class ExpiringDocumentReminders(ErmDbContext db, NotificationRecipients recipients) : IReminderSource
{
    public const string Kind = "onboarding.document-expiring";

    /// <summary>Days before the expiry on which the reminder comes.</summary>
    public static readonly int[] DaysAhead = [GetEmployeeDocuments.ExpiringWithinDays, 7, 0];

    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var days = DaysAhead.Select(d => day.AddDays(d)).ToList();
        var expiring = await ExpiringDocumentsCard.ToRenew(db).Where(d => days.Contains(d.ExpiresOn!.Value))
            .OrderBy(d => d.ExpiresOn).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.EmployeeId, d.Type, d.ExpiresOn, d.Employee.UserId, Shared = d.Visibility == DocumentVisibility.PersonAndHr,
                Name = (d.Employee.PreferredName ?? d.Employee.LegalFirstName) + " " + d.Employee.LegalLastName,
            })
            .ToListAsync(cancellationToken);
        if (expiring.Count == 0) return [];

        var hr = await recipients.InRoleAsync(Roles.Hr, cancellationToken);
        var items = new List<ReminderItem>();
        foreach (var document in expiring)
        {
            var arguments = new NotificationArguments
            {
                ["employee"] = document.Name, ["type"] = document.Type.ToString(), ["expires"] = NotificationArguments.DateValue(document.ExpiresOn!.Value),
            };
            var link = $"/employees/{document.EmployeeId}/documents";
            var people = hr.Where(person => person != document.UserId).ToList();
            if (document.Shared && document.UserId is not null) people.Add(document.UserId);
            items.AddRange(people.Select(person => new ReminderItem(person, Kind, arguments, link)));
        }
        return items;
    }
}
