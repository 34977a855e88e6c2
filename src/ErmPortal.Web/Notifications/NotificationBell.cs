using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Notifications;

/// <summary>The bell beside the person's name, counting what they have not read, and their email choices in their own menu.</summary>
public class NotificationBell(ErmDbContext db) : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me) return Task.FromResult(Enumerable.Empty<MenuItem>());
        IEnumerable<MenuItem> items =
        [
            new(MenuArea.Status, 10, "Notifications", NotificationsController.ListPath, "bi-bell")
            {
                Id = "notification-bell",
                Badge = ct => db.Set<Notification>().CountAsync(n => n.RecipientUserId == me && n.ReadAtUtc == null, ct),
            },
            new(MenuArea.User, 20, "Email notifications", NotificationsController.PreferencesPath, "bi-envelope") { Id = "notification-preferences" },
        ];
        return Task.FromResult(items);
    }
}
