using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Accounts;

/// <summary>Signing in and out, passwords, and the emails that carry set-password links.</summary>
public class AccountsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        services.AddScoped<AccountEmails>();
        // Last in the person's own menu, each in a group of its own, below whatever other modules put there.
        services.AddMenuItems(
            new MenuItem(MenuArea.User, 900, "Change password", "~/account/password", "bi-key") { Id = "nav-change-password" },
            new MenuItem(MenuArea.User, 1000, "Sign out", "~/account/sign-out", "bi-box-arrow-right") { Id = "sign-out", Post = true });
    }
}
