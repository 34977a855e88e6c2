using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;

namespace ErmPortal.Web.Accounts;

/// <summary>Signing in and out, passwords, the emails that carry set-password links, and telling people about role grants.</summary>
public class AccountsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        services.AddSingleton(sp => new PortalAddress(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>(),
            sp.GetRequiredService<IHostEnvironment>(), sp.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()));
        services.AddScoped<AccountEmails>();
        services.AddNotificationKind<AccountsModule>(RoleNotifications.GrantedToYou, "I am given a role", "bi-person-badge", emailByDefault: true,
            (args, l) => l["You were given the role {0}.", l[args.Get("role")]]);
        services.AddNotificationKind<AccountsModule>(RoleNotifications.Granted, "Someone is given the HR or Admin role", "bi-shield-exclamation", emailByDefault: true,
            (args, l) => l["{0} was given the role {1}.", args.Get("person"), l[args.Get("role")]]);
        services.AddScoped<IDemoDataSeeder, RoleNotificationsDemoData>();
        // Last in the person's own menu, each in a group of its own, below whatever other modules put there.
        services.AddMenuItems<AccountsModule>(
            new MenuItem(MenuArea.User, 900, "Change password", "~/account/password", "bi-key") { Id = "nav-change-password" },
            new MenuItem(MenuArea.User, 1000, "Sign out", "~/account/sign-out", "bi-box-arrow-right") { Id = "sign-out", Post = true });
    }
}
