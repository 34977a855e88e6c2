using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Preferences;

/// <summary>The signed-in person's language and time zone, and how pages format values for the person reading them.</summary>
public class PreferencesModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalTimeOptions>(configuration.GetSection("Portal"));
        services.AddScoped<ViewerFormat>();
        services.AddScoped<INavigationContributor, PreferencesNavigation>();
    }
}

public class PreferencesNavigation : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<MenuItem>>([new MenuItem(MenuArea.User, 20, "Preferences", "/me/preferences", "bi-sliders") { Id = "preferences-link" }]);
}
