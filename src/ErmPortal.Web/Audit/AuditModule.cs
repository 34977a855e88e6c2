using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Audit;

/// <summary>The audit log: who changed what about people and accounts, shown to each reader as their relation allows.</summary>
public class AuditModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMenuItems<AuditModule>(
            new MenuItem(MenuArea.Main, 600, "Audit log", "~/audit", "bi-journal-text") { Roles = [Roles.Hr, Roles.Admin], Id = "nav-audit" });
        services.AddScoped<IDemoDataSeeder, AuditDemoData>();
        services.AddScoped<AuditValues>();
    }
}
