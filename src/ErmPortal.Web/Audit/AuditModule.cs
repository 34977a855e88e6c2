using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Audit;

/// <summary>The append-only record of changes to personal and job data, searched by HR and administrators.</summary>
public class AuditModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMenuItems(
            new MenuItem(MenuArea.Main, 600, "Audit log", "~/audit", "bi-journal-text") { Roles = [Roles.Hr, Roles.Admin], Id = "nav-audit" });
    }
}
