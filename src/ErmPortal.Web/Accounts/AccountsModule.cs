using System.Security.Claims;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ErmPortal.Web.Accounts;

/// <summary>Signing in and out, the sessions a sign-in opens, passwords, the emails that carry set-password links, and telling people about role grants.</summary>
public class AccountsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        services.AddSingleton(sp => new PortalAddress(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>(),
            sp.GetRequiredService<IHostEnvironment>(), sp.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()));
        services.AddScoped<AccountEmails>();
        services.AddSingleton<UnknownAccountPassword>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((cookie, store) => cookie.SessionStore = store);
        // The periodic stamp check builds a fresh principal; the session it belongs to stays named on it.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(DatabaseTicketStore.SessionClaim) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                identity.AddClaim(new Claim(session.Type, session.Value));
            return Task.CompletedTask;
        });
        services.AddScheduledJob<DeleteExpiredSessionsJob>();
        services.AddNotificationKind<AccountsModule>(RoleNotifications.GrantedToYou, "I am given a role", "bi-person-badge", emailByDefault: true,
            (args, l) => l["You were given the role {0}.", l[args.Get("role")]]);
        services.AddNotificationKind<AccountsModule>(RoleNotifications.Granted, "Someone is given the HR or Admin role", "bi-shield-exclamation", emailByDefault: true,
            (args, l) => l["{0} was given the role {1}.", args.Get("person"), l[args.Get("role")]]);
        services.AddScoped<IDemoDataSeeder, RoleNotificationsDemoData>();
        // Last in the person's own menu, each in a group of its own, below whatever other modules put there.
        services.AddMenuItems<AccountsModule>(
            new MenuItem(MenuArea.User, 900, "Change password", "~/account/password", "bi-key") { Id = "nav-change-password" },
            new MenuItem(MenuArea.User, 910, "Where you are signed in", "~/me/sessions", "bi-laptop") { Id = "nav-sessions" },
            new MenuItem(MenuArea.User, 1000, "Sign out", "~/account/sign-out", "bi-box-arrow-right") { Id = "sign-out", Post = true });
    }
}
