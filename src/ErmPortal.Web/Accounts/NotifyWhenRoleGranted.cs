using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Accounts;

/// <summary>The notification kinds of roles.</summary>
public static class RoleNotifications
{
    /// <summary>To the person: they may now see and do more, and should know it.</summary>
    public const string GrantedToYou = "role-granted-to-you";
    /// <summary>To every Admin: HR and Admin widen what someone may read, so a grant never goes unseen.</summary>
    public const string Granted = "role-granted";

    public static bool IsPrivileged(string role) => role is Roles.Hr or Roles.Admin;
}

/// <summary>
/// A role grant tells the person who got it and, for HR and Admin, every administrator, so a second pair of eyes
/// sees each widening of access (including one an administrator made for a friend, or for themselves).
/// </summary>
public class NotifyWhenRoleGranted(ErmDbContext db, INotifier notifier, NotificationRecipients recipients) : INotificationHandler<RoleGranted>
{
    public async Task Handle(RoleGranted notification, CancellationToken cancellationToken)
    {
        await notifier.NotifyAsync([notification.UserId], RoleNotifications.GrantedToYou,
            new NotificationArguments { ["role"] = notification.Role }, "/", cancellationToken);
        if (!RoleNotifications.IsPrivileged(notification.Role)) return;

        var person = await db.Users.Where(u => u.Id == notification.UserId)
            .Select(u => db.Employees.Where(e => e.UserId == u.Id).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefault() ?? u.Email)
            .FirstOrDefaultAsync(cancellationToken);
        var admins = await recipients.InRoleAsync(Roles.Admin, cancellationToken);
        await notifier.NotifyAsync(admins.Where(id => id != notification.UserId), RoleNotifications.Granted,
            new NotificationArguments { ["person"] = person ?? "", ["role"] = notification.Role },
            "/admin/accounts", cancellationToken);
    }
}
