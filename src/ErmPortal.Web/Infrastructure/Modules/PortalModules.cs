using System.Reflection;

namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>
/// A module of the portal: one folder (src/ErmPortal.Web/&lt;Module&gt;/, with its entities in ErmPortal.Data/&lt;Module&gt;/)
/// and one class that registers everything it owns: services, scheduled jobs, authorization handlers and policies,
/// menu entries, home-page cards, timeline kinds and demo data.
/// </summary>
public interface IPortalModule
{
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);
}

public static class PortalModules
{
    /// <summary>
    /// Every module in the portal's assembly, found at start-up, so adding a module is adding its folder: the host
    /// never learns a module's name. Ordered by type name, so registrations are the same on every start.
    /// </summary>
    public static IReadOnlyList<IPortalModule> Discover() =>
        typeof(PortalModules).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPortalModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IPortalModule)Activator.CreateInstance(t)!)
            .ToList();

    public static IServiceCollection AddPortalModules(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var module in Discover()) module.ConfigureServices(services, configuration);
        return services;
    }
}
