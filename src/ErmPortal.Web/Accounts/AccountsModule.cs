using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Accounts;

/// <summary>Signing in and out, passwords, and the emails that carry set-password links.</summary>
public class AccountsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        services.AddScoped<AccountEmails>();
    }
}
