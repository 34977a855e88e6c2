using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>
/// axe-core (WCAG 2.1 A and AA rules) over the main pages of each role, in English and Persian (right to left),
/// on a wide screen and on a phone: no serious or critical violation.
/// </summary>
public class AccessibilityAuditTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private static readonly string[] Cultures = ["en", "fa"];
    private static readonly int[] Widths = [1280, 390];

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations come back: the passes of every rule on every node would double the time of the run.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>WCAG's contrast ratio, and the colours behind an element (the stops of a gradient, or the first opaque background).</summary>
    private const string Colours = """
        const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
        const alpha = c => { const v = c.match(/[\d.]+/g); return v.length > 3 ? Number(v[3]) : 1; };
        const luminance = ([r, g, b]) => [r, g, b].map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const over = (color, background) => { const a = alpha(color); return rgb(color).map((v, i) => a * v + (1 - a) * background[i]); };
        const behind = element => {
          for (let e = element; e; e = e.parentElement) {
            const style = getComputedStyle(e);
            if (style.backgroundImage.includes('gradient')) return style.backgroundImage.match(/rgba?\([^)]*\)/g).map(rgb);
            if (alpha(style.backgroundColor) === 1) return [rgb(style.backgroundColor)];
          }
          return [[255, 255, 255]];
        };
        """;

    /// <summary>
    /// axe leaves text over a gradient undecided, and the header is one: the lowest contrast of each header link's
    /// text with either end of the gradient.
    /// </summary>
    private const string HeaderContrast = "() => {" + Colours + """
          const header = document.querySelector('nav.bg-erm');
          return [...header.querySelectorAll('.navbar-brand, .nav-link')].filter(l => l.offsetParent !== null).map(link => {
            const lowest = Math.min(...behind(header).map(stop => ratio(over(getComputedStyle(link).color, stop), stop)));
            return (link.id || link.textContent.trim()) + ' ' + lowest.toFixed(2);
          });
        }
        """;

    /// <summary>
    /// The focused element's outline: null when it is at least 2px wide and 3:1 against what it is drawn on (the
    /// element itself when drawn inside it, else what surrounds it), else a description.
    /// </summary>
    private const string WeakFocus = "() => {" + Colours + """
          const e = document.activeElement, style = getComputedStyle(e);
          const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 30) + '"';
          if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return name + ': no outline';
          const ground = behind(parseFloat(style.outlineOffset) < 0 ? e : e.parentElement);
          const lowest = Math.min(...ground.map(g => ratio(over(style.outlineColor, g), g)));
          return lowest >= 3 ? null : name + ': outline ' + lowest.toFixed(2) + ':1';
        }
        """;

    /// <summary>A page to audit and how to reach it: its address, found on the way, or a form sent back with an error.</summary>
    private sealed record AuditedPage(string Name, Func<IPage, Task> Open);

    [Theory]
    [InlineData("employee@erm.demo")]
    [InlineData("manager@erm.demo")]
    [InlineData("hr@erm.demo")]
    [InlineData("admin@erm.demo")]
    public async Task Should_find_no_serious_or_critical_violation_when_a_role_walks_its_main_pages(string email)
    {
        if (email == "hr@erm.demo") await FileChangeRequestAsync("employee@erm.demo");
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var page = await context.SignInAsync(email);
        var pages = await PagesOfAsync(page, email);

        var problems = new List<string>();
        foreach (var culture in Cultures)
        {
            await ChooseLanguageAsync(page, culture);
            foreach (var audited in pages)
            {
                await audited.Open(page);
                foreach (var width in Widths)
                {
                    await page.SetViewportSizeAsync(width, 900);
                    var where = $"{audited.Name} ({culture}, {width}px)";
                    var result = await page.RunAxe(Wcag21AA);
                    problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v =>
                        $"{where}: {v.Id} [{v.Impact}] {v.Help}: " +
                        string.Join(" | ", v.Nodes.Take(3).Select(n => $"{n.Target} {n.Any.Concat(n.All).Concat(n.None).FirstOrDefault()?.Message}"))));
                    problems.AddRange((await page.EvaluateAsync<string[]>(HeaderContrast))
                        .Where(link => double.Parse(link[(link.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture) < 4.5)
                        .Select(link => $"{where}: header link {link}:1, 4.5:1 needed"));
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    public async Task Should_show_a_clear_focus_outline_on_every_tab_stop_when_a_keyboard_user_walks_the_home_page(string culture)
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.SignInAsync("hr@erm.demo");
        await ChooseLanguageAsync(page, culture);
        await page.GotoAsync("/");

        var weak = new List<string>();
        var stops = 0;
        for (; stops < 150; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("document.activeElement.id === 'change-language'")) break;
            if (await page.EvaluateAsync<string?>(WeakFocus) is { } problem) weak.Add(problem);
        }
        Assert.True(stops < 150, "Tab reaches the language selector's button at the end of the page");
        if (await page.EvaluateAsync<string?>(WeakFocus) is { } last) weak.Add(last);

        // Space opens the person's menu (a button), and its items show the outline too.
        await page.Locator("#user-menu").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await page.Locator("#user-menu").GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('dropdown-item')"), "the first item has the focus");
        if (await page.EvaluateAsync<string?>(WeakFocus) is { } item) weak.Add(item);

        Assert.True(weak.Count == 0, string.Join(Environment.NewLine, weak));
    }

    private async Task<List<AuditedPage>> PagesOfAsync(IPage page, string email)
    {
        static AuditedPage Go(string name, string url) => new(name, async p => await p.GotoAsync(url));
        static async Task<string> FirstProfileOnAsync(IPage p, string url)
        {
            await p.GotoAsync(url);
            return await p.EvaluateAsync<string>("[...document.querySelectorAll('main a')].map(a => a.getAttribute('href')).find(h => /^\\/employees\\/\\d+$/.test(h))");
        }

        // The pages every role shares are audited once, as the employee, who sees the fewest extras.
        var pages = new List<AuditedPage> { Go("home", "/") };
        switch (email)
        {
            case "employee@erm.demo":
                await page.GotoAsync("/me");
                var timeline = await page.Locator("#timeline a[href$='/timeline']").GetAttributeAsync("href");
                var colleague = await FirstProfileOnAsync(page, "/directory");
                pages.AddRange([Go("directory", "/directory"), Go("a colleague's profile", colleague), Go("own profile", "/me"), Go("timeline", timeline!),
                    Go("notifications", "/me/notifications"), Go("preferences", "/me/preferences"), Go("profile form", "/me/profile")]);
                break;
            case "manager@erm.demo":
                var report = await FirstProfileOnAsync(page, "/team");
                pages.AddRange([Go("my team", "/team"), Go("a report's profile", report), Go("org chart", "/directory/org")]);
                break;
            case "hr@erm.demo":
                await page.GotoAsync("/change-requests");
                var review = await page.GetByRole(AriaRole.Link, new() { Name = "Review" }).First.GetAttributeAsync("href");
                var employee = await FirstProfileOnAsync(page, "/employees");
                pages.AddRange([Go("change requests", "/change-requests"), Go("change request review", review!),
                    new AuditedPage("employee form with an error", async p =>
                    {
                        await p.GotoAsync(employee + "/edit");
                        await p.Locator("#LegalFirstName").FillAsync("");
                        await p.Locator("main form button[type=submit]").Last.ClickAsync();
                        await p.Locator("#LegalFirstName[aria-invalid=true]").WaitForAsync();
                    })]);
                break;
            case "admin@erm.demo":
                pages.AddRange([Go("audit log", "/audit"), Go("accounts", "/admin/accounts")]);
                break;
        }
        return pages;
    }

    /// <summary>Chooses a language in the footer and presses Change; back on the page the selector has the focus.</summary>
    private static async Task ChooseLanguageAsync(IPage page, string culture)
    {
        await page.GotoAsync("/");
        if (await page.Locator("html").GetAttributeAsync("lang") == culture) return;
        await page.Locator("#culture").SelectOptionAsync(culture);
        await page.Locator("#change-language").ClickAsync();
        await page.WaitForFunctionAsync($"document.documentElement.lang === '{culture}'");
        // The new page's lang is there before its scripts have run; wait for them before asking where the focus is.
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("culture", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    private async Task FileChangeRequestAsync(string email)
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var page = await context.SignInAsync(email);
        await page.GotoAsync("/me/change-requests/new");
        await page.GetByLabel("Bank account (IBAN)").FillAsync("GB82 WEST 1234 5698 7654 32");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to HR" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/me/change-requests$"));
    }

}
