using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>
/// Where a menu entry goes: the bar across the top, an icon beside the person's name (such as the notification
/// bell, with its badge), or the signed-in person's own menu.
/// </summary>
public enum MenuArea { Main, Status, User }

/// <summary>
/// One entry a module contributes to the navigation: its text is an English key of the contributing module's
/// resources. <see cref="Roles"/> empty means every signed-in person;
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

    /// <summary>A type of the contributing module: the entries' texts are translated with that module's resources.</summary>
    Type Module => GetType();
}

/// <summary>
/// A menu entry as the layout draws it, its text in the reader's language and its badge already counted. Entries whose <see cref="Order"/> falls in
/// different hundreds are drawn as separate groups (a divider in the person's menu).
/// </summary>
public record MenuEntry(MenuArea Area, int Order, string Text, string Url, string Icon, int? Badge, string? Id, bool Post = false)
{
    public int Group => Order / 100;
}

public class NavigationBuilder(IEnumerable<INavigationContributor> contributors, ICurrentUser user, IStringLocalizerFactory localizers)
{
    public async Task<IReadOnlyList<MenuEntry>> BuildAsync(CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return [];
        var entries = new List<MenuEntry>();
        foreach (var contributor in contributors)
        {
            var localizer = localizers.Create(ModuleResourcesLocalizerFactory.ResourceOf(contributor.Module));
            foreach (var item in await contributor.ContributeAsync(user, cancellationToken))
            {
                if (item.Roles.Length > 0 && !item.Roles.Any(user.IsInRole)) continue;
                var badge = item.Badge is null ? (int?)null : await item.Badge(cancellationToken);
                entries.Add(new MenuEntry(item.Area, item.Order, localizer[item.Text], item.Url, item.Icon, badge, item.Id, item.Post));
            }
        }
        return entries.OrderBy(e => e.Area).ThenBy(e => e.Order).ToList();
    }
}

/// <summary>Entries that depend on nothing but the person's roles, which the builder already checks.</summary>
public sealed class FixedNavigation(Type module, IReadOnlyList<MenuItem> items) : INavigationContributor
{
    public Type Module => module;

    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<MenuItem>>(items);
}

public static class NavigationRegistration
{
    /// <summary>Fixed entries of the module <typeparamref name="TModule"/> belongs to, translated with its resources.</summary>
    public static IServiceCollection AddMenuItems<TModule>(this IServiceCollection services, params MenuItem[] items) =>
        services.AddSingleton<INavigationContributor>(new FixedNavigation(typeof(TModule), items));

    public static IServiceCollection AddNavigation<TContributor>(this IServiceCollection services)
        where TContributor : class, INavigationContributor =>
        services.AddScoped<INavigationContributor, TContributor>();
}
