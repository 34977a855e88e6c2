using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Accounts;

/// <summary>The role grants the demo sign-ins were told about: the administrator saw HR being given; the manager has a new one.</summary>
public class RoleNotificationsDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var signIns = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var demo = await db.Employees.Where(e => signIns.Contains(e.WorkEmail) && e.UserId != null)
            .ToDictionaryAsync(e => e.WorkEmail, e => new { UserId = e.UserId!, e.DisplayName }, cancellationToken);
        if (!demo.TryGetValue($"admin@{OrganisationSeeder.DemoDomain}", out var admin) || !demo.TryGetValue($"hr@{OrganisationSeeder.DemoDomain}", out var hr)
            || !demo.TryGetValue($"manager@{OrganisationSeeder.DemoDomain}", out var manager))
            return;
        var now = clock.UtcNow;
        DemoNotifications.Add(db, admin.UserId, RoleNotifications.GrantedToYou, Role(Roles.Admin), "/", now.AddDays(-90), read: true);
        DemoNotifications.Add(db, hr.UserId, RoleNotifications.GrantedToYou, Role(Roles.Hr), "/", now.AddDays(-60), read: true);
        DemoNotifications.Add(db, admin.UserId, RoleNotifications.Granted,
            new NotificationArguments { ["person"] = hr.DisplayName, ["role"] = Roles.Hr }, "/admin/accounts", now.AddDays(-60), read: true);
        DemoNotifications.Add(db, manager.UserId, RoleNotifications.GrantedToYou, Role(Roles.Manager), "/", now.AddDays(-3), read: false);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static NotificationArguments Role(string role) => new() { ["role"] = role };
}
