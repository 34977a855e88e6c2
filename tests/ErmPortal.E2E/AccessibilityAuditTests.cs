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
    private const string Password = "erm-demo-password";
    private static readonly string[] Cultures = ["en", "fa"];
    private static readonly int[] Widths = [1280, 390];

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations come back: the passes of every rule on every node would double the time of the run.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>
    /// axe leaves text over a gradient undecided, and the header is one: the lowest contrast of each header link's
    /// text with either end of the gradient, computed as WCAG does.
    /// </summary>
    private const string HeaderContrast = """
        () => {
          const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
          const alpha = c => { const v = c.match(/[\d.]+/g); return v.length > 3 ? Number(v[3]) : 1; };
          const luminance = ([r, g, b]) => [r, g, b].map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const header = document.querySelector('nav.bg-erm');
          const stops = getComputedStyle(header).backgroundImage.match(/rgba?\([^)]*\)/g).map(rgb);
          return [...header.querySelectorAll('.navbar-brand, .nav-link')].filter(l => l.offsetParent !== null).map(link => {
            const color = getComputedStyle(link).color, a = alpha(color), text = rgb(color);
            const lowest = Math.min(...stops.map(stop => ratio(text.map((v, i) => a * v + (1 - a) * stop[i]), stop)));
            return (link.id || link.textContent.trim()) + ' ' + lowest.toFixed(2);
          });
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
        var page = await SignInAsync(context, email);
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
        Assert.Equal("culture", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    private async Task FileChangeRequestAsync(string email)
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var page = await SignInAsync(context, email);
        await page.GotoAsync("/me/change-requests/new");
        await page.GetByLabel("Bank account (IBAN)").FillAsync("GB82 WEST 1234 5698 7654 32");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to HR" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/me/change-requests$"));
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/$"));
        return page;
    }
}
