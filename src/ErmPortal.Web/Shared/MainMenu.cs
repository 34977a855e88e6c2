using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Shared;

/// <summary>The navigation bar: whatever the modules contributed for this person, in the three places a menu entry can go.</summary>
public class MainMenu(NavigationBuilder navigation) : ViewComponent
{
    public record Model(string? DisplayName, IReadOnlyList<MenuEntry> Main, IReadOnlyList<MenuEntry> Status, IReadOnlyList<MenuEntry> User,
        MenuEntry? Current);

    public async Task<IViewComponentResult> InvokeAsync(string? displayName)
    {
        var entries = await navigation.BuildAsync(HttpContext.RequestAborted);
        var main = entries.Where(e => e.Area == MenuArea.Main).ToList();
        return View(new Model(displayName, main, entries.Where(e => e.Area == MenuArea.Status).ToList(),
            entries.Where(e => e.Area == MenuArea.User).ToList(), CurrentOf(entries)));
    }

    /// <summary>
    /// The entry whose address is the longest start of this page's, so /directory/org marks the org chart, not the directory.
    /// Every area takes part, so /me/notifications belongs to the bell and does not mark "My profile" (/me) as the page.
    /// </summary>
    private MenuEntry? CurrentOf(IEnumerable<MenuEntry> entries)
    {
        var path = HttpContext.Request.PathBase + HttpContext.Request.Path;
        return entries.Select(e => (Entry: e, Path: Url.Content(e.Url)))
            .Where(e => path.StartsWithSegments(e.Path, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.Path.Length)
            .Select(e => e.Entry)
            .FirstOrDefault();
    }
}
