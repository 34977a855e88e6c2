using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Administration;

/// <summary>Accounts and roles, for administrators: invitations, disabling, unlocking, reset links.</summary>
public class AdministrationModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMenuItems<AdministrationModule>(
            new MenuItem(MenuArea.Main, 500, "Accounts", "~/admin/accounts", "bi-shield-lock") { Roles = [Roles.Admin], Id = "nav-accounts" });
        services.AddDashboardCard<AccountFiguresCard>(500, CardWidth.Half, Roles.Admin);
    }
}
