using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;

namespace ErmPortal.Web.Accounts;

/// <summary>Signing in and out, passwords, the emails that carry set-password links, and telling people about role grants.</summary>
public class AccountsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        services.AddScoped<AccountEmails>();
        services.AddNotificationKind(RoleNotifications.GrantedToYou, "I am given a role", "bi-person-badge", emailByDefault: true,
            (args, l) => l["You were given the role {0}.", l[args.Get("role")]]);
        services.AddNotificationKind(RoleNotifications.Granted, "Someone is given the HR or Admin role", "bi-shield-exclamation", emailByDefault: true,
            (args, l) => l["{0} was given the role {1}.", args.Get("person"), l[args.Get("role")]]);
        services.AddScoped<IDemoDataSeeder, RoleNotificationsDemoData>();
    }
}
