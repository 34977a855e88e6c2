using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Notifications;

/// <summary>How other modules tell people about something, from their event subscribers.</summary>
public interface INotifier
{
    /// <summary>
    /// Adds one notification per recipient and queues an email to each who wants this kind by email, all in the
    /// current unit of work: they commit with the change that caused them, or not at all.
    /// </summary>
    Task NotifyAsync(IEnumerable<string> recipientUserIds, string kind, NotificationArguments arguments, string? link,
        CancellationToken cancellationToken);
}

public class Notifier(ErmDbContext db, NotificationKinds kinds, NotificationEmails emails, IEmailOutbox outbox, IClock clock) : INotifier
{
    public async Task NotifyAsync(IEnumerable<string> recipientUserIds, string kind, NotificationArguments arguments, string? link,
        CancellationToken cancellationToken)
    {
        var known = kinds.Find(kind) ?? throw new InvalidOperationException($"The notification kind '{kind}' is not registered.");
        var ids = recipientUserIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var people = await db.Users.Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.PreferredCulture, u.DisabledAtUtc }).ToListAsync(cancellationToken);
        var choices = await db.Set<NotificationPreference>().Where(p => p.Kind == kind && ids.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Email, cancellationToken);
        var json = arguments.ToJson();
        foreach (var person in people)
        {
            db.Add(new Notification { RecipientUserId = person.Id, Kind = kind, Arguments = json, Link = link, CreatedAtUtc = clock.UtcNow });
            // A disabled account keeps its notifications for when it is enabled again, but nobody is mailed who cannot sign in.
            if (person.DisabledAtUtc is null && !string.IsNullOrEmpty(person.Email) && choices.GetValueOrDefault(person.Id, known.EmailByDefault))
                outbox.Enqueue(emails.ForNotification(person.Email, person.PreferredCulture, known, arguments, link));
        }
    }
}

/// <summary>Finds who to tell, for subscribers that notify a group rather than one person.</summary>
public class NotificationRecipients(ErmDbContext db)
{
    /// <summary>Every account holding the role that can still sign in.</summary>
    public async Task<IReadOnlyList<string>> InRoleAsync(string role, CancellationToken cancellationToken)
    {
        var normalized = role.ToUpperInvariant();
        return await (from userRole in db.UserRoles
                      join r in db.Roles on userRole.RoleId equals r.Id
                      join user in db.Users on userRole.UserId equals user.Id
                      where r.NormalizedName == normalized && user.DisabledAtUtc == null
                      select user.Id).ToListAsync(cancellationToken);
    }
}
