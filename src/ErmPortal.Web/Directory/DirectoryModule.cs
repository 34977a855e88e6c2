using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Directory;

/// <summary>Finding colleagues: the directory search and the org chart, for everyone signed in.</summary>
public class DirectoryModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMenuItems<DirectoryModule>(
            new MenuItem(MenuArea.Main, 100, "Directory", "~/directory", "bi-search") { Id = "nav-directory" },
            new MenuItem(MenuArea.Main, 110, "Org chart", "~/directory/org", "bi-diagram-3") { Id = "nav-org-chart" });
    }
}
