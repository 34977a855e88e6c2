using ErmPortal.Web.Infrastructure;

namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>
/// Where a menu entry goes: the bar across the top, an icon beside the person's name (such as the notification
/// bell, with its badge), or the signed-in person's own menu.
/// </summary>
public enum MenuArea { Main, Status, User }

/// <summary>
/// One entry a module contributes to the navigation. <see cref="Roles"/> empty means every signed-in person;
/// otherwise any one of them shows it. <see cref="Badge"/> is asked only when the entry is shown.
/// </summary>
public record MenuItem(MenuArea Area, int Order, string Text, string Url, string Icon)
{
    public string[] Roles { get; init; } = [];
    public Func<CancellationToken, Task<int>>? Badge { get; init; }
    /// <summary>The element id, for tests and for skip links.</summary>
    public string? Id { get; init; }
    /// <summary>Sent as a form post (with its antiforgery token) rather than followed as a link: signing out changes state.</summary>
    public bool Post { get; init; }
}

/// <summary>
/// A module's menu entries (Orchard Core's navigation providers): it adds what it has, with the roles that see
/// each; the layout renders whatever was added and names no module.
/// </summary>
public interface INavigationContributor
{
    /// <summary>Entries for this person; a contributor may also leave out entries by relation (e.g. only people with reports).</summary>
    Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken);
}

/// <summary>
/// A menu entry as the layout draws it, with its badge already counted. Entries whose <see cref="Order"/> falls in
/// different hundreds are drawn as separate groups (a divider in the person's menu).
/// </summary>
public record MenuEntry(MenuArea Area, int Order, string Text, string Url, string Icon, int? Badge, string? Id, bool Post = false)
{
    public int Group => Order / 100;
}

public class NavigationBuilder(IEnumerable<INavigationContributor> contributors, ICurrentUser user)
{
    public async Task<IReadOnlyList<MenuEntry>> BuildAsync(CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return [];
        var entries = new List<(MenuItem Item, int? Badge)>();
        foreach (var contributor in contributors)
            foreach (var item in await contributor.ContributeAsync(user, cancellationToken))
            {
                if (item.Roles.Length > 0 && !item.Roles.Any(user.IsInRole)) continue;
                entries.Add((item, item.Badge is null ? null : await item.Badge(cancellationToken)));
            }
        return entries.OrderBy(e => e.Item.Area).ThenBy(e => e.Item.Order)
            .Select(e => new MenuEntry(e.Item.Area, e.Item.Order, e.Item.Text, e.Item.Url, e.Item.Icon, e.Badge, e.Item.Id, e.Item.Post)).ToList();
    }
}

/// <summary>Entries that depend on nothing but the person's roles, which the builder already checks.</summary>
public sealed class FixedNavigation(IReadOnlyList<MenuItem> items) : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<MenuItem>>(items);
}

public static class NavigationRegistration
{
    public static IServiceCollection AddMenuItems(this IServiceCollection services, params MenuItem[] items) =>
        services.AddSingleton<INavigationContributor>(new FixedNavigation(items));

    public static IServiceCollection AddNavigation<TContributor>(this IServiceCollection services)
        where TContributor : class, INavigationContributor =>
        services.AddScoped<INavigationContributor, TContributor>();
}
