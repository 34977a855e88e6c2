using ErmPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>How wide a home-page card is on a large screen; every card takes the full width on a phone.</summary>
public enum CardWidth { Full, Half, Third }

/// <summary>
/// A home-page card a module contributes: a view component, its place on the page, and the roles that see it
/// (empty: everyone signed in). The card itself may still render nothing, e.g. the team card of a manager
/// without an employee record.
/// </summary>
public record DashboardCard(Type ViewComponent, int Order, CardWidth Width, string[] Roles)
{
    public bool IsFor(ICurrentUser user) => Roles.Length == 0 || Roles.Any(user.IsInRole);
}

public static class DashboardCardRegistration
{
    public static IServiceCollection AddDashboardCard<TComponent>(this IServiceCollection services, int order, CardWidth width,
        params string[] roles) where TComponent : ViewComponent
    {
        services.AddSingleton(new DashboardCard(typeof(TComponent), order, width, roles));
        return services;
    }
}
