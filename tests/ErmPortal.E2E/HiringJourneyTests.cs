using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>
/// From the careers page to the first day: a candidate applies; HR drags them across the board to Offer and sends an
/// offer; the candidate reads the letter from their email; their acceptance is recorded and HR hires them; the new
/// employee is in the directory as a new joiner, and in onboarding in HR's list of employees.
/// </summary>
public class HiringJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string FirstName = "Octavia";
    private const string LastName = "Pennyworth";
    private const string Name = FirstName + " " + LastName;
    private const string Email = "octavia.pennyworth@candidates.test";

    [Fact]
    public async Task Should_list_the_hire_in_onboarding_when_a_candidate_dragged_to_offer_accepts_it()
    {
        // Wide enough for the board's first columns, Offer among them, to sit side by side without scrolling.
        var options = new BrowserNewContextOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1600, Height = 1000 } };
        await using var candidateContext = await portal.Browser.NewContextAsync(options);
        var candidate = await candidateContext.NewPageAsync();
        await using var hrContext = await portal.Browser.NewContextAsync(options);
        var hr = await hrContext.SignInAsync("hr@erm.demo");
        var errors = new List<string>();
        foreach (var page in new[] { candidate, hr })
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        var openingId = await ApplyToFirstOpeningAsync(candidate);

        await hr.GotoAsync($"/recruitment/openings/{openingId}");
        await hr.GetByRole(AriaRole.Link, new() { Name = "Candidates board" }).ClickAsync();
        // The board's scripts are deferred, so they have run, and the cards can be dragged, once DOMContentLoaded has fired.
        await hr.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal("Applied", await ColumnOfAsync(hr));
        foreach (var stage in new[] { "Screening", "Interview", "Offer" })
        {
            await DragCardAsync(hr, stage);
            // What the board shows after a reload is what was saved.
            await hr.ReloadAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            Assert.Equal(stage, await ColumnOfAsync(hr));
        }

        await Card(hr).GetByRole(AriaRole.Link, new() { Name = Name, Exact = true }).ClickAsync();
        await hr.GetByRole(AriaRole.Link, new() { Name = "Draft an offer" }).ClickAsync();
        var range = await hr.Locator("#salary-range").InnerTextAsync();
        // The bottom of the range: inside it, so the offer can be sent without another HR colleague's approval.
        var salary = decimal.Parse(Regex.Match(range, @"range is ([\d,.]+)").Groups[1].Value, NumberStyles.Number, CultureInfo.GetCultureInfo("en"));
        await hr.GetByLabel("Yearly salary").FillAsync(salary.ToString(CultureInfo.InvariantCulture));
        var start = DateOnly.FromDateTime(DateTime.Today).AddDays(30);
        await hr.GetByLabel("Start date").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await hr.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(hr.Locator("#offer-status")).ToHaveTextAsync("Draft");
        await hr.GetByRole(AriaRole.Button, new() { Name = "Send to the candidate" }).ClickAsync();
        await Assertions.Expect(hr.Locator("#offer-status")).ToHaveTextAsync("Sent");

        // The candidate follows the link in the offer email to the letter, and back to their applications.
        await candidate.GotoAsync(await portal.LinkInLatestEmailAsync(Email));
        var letter = await candidate.Locator("#offer-letter").InnerTextAsync();
        Assert.Contains("Offer of employment", letter);
        Assert.Contains($"Dear {FirstName},", letter);
        Assert.Contains(salary.ToString("#,0.##", CultureInfo.GetCultureInfo("en")), letter);
        await candidate.GetByRole(AriaRole.Link, new() { Name = "Your applications" }).ClickAsync();
        Assert.Contains("Offer", await candidate.Locator("#applications").InnerTextAsync());

        // The candidate answers the person who wrote to them; HR records the answer and hires.
        await hr.GetByRole(AriaRole.Button, new() { Name = "Accepted", Exact = true }).ClickAsync();
        await Assertions.Expect(hr.Locator("#offer-status")).ToHaveTextAsync("Accepted");
        await hr.Locator("#hire").GetByRole(AriaRole.Link, new() { Name = "Hire" }).ClickAsync();
        await hr.Locator("#hire-form").GetByRole(AriaRole.Button, new() { Name = "Hire" }).ClickAsync();
        Assert.Contains($"{Name} is now an employee in onboarding", await hr.Locator("#hired").InnerTextAsync());

        await hr.Locator("#nav-directory").ClickAsync();
        await hr.GetByLabel("Name, title, department, location or skill").FillAsync(LastName);
        await hr.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(hr.Locator("main article h2 a")).ToHaveTextAsync([Name]);
        // Colleagues see that the person is new, and no other status; HR's list of employees shows the status itself.
        await Assertions.Expect(hr.Locator("main article [data-new-joiner]")).ToHaveTextAsync(["New joiner"]);

        await hr.Locator("#nav-employees").ClickAsync();
        await hr.GetByLabel("Search", new() { Exact = true }).FillAsync(LastName);
        await hr.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var rows = hr.Locator("main tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync([Name]);
        await Assertions.Expect(rows.Locator(".badge")).ToHaveTextAsync("Onboarding");
        Assert.Empty(errors);
    }

    /// <summary>Applies to the first opening on the careers page; the opening's id, from its address.</summary>
    private static async Task<int> ApplyToFirstOpeningAsync(IPage page)
    {
        await page.GotoAsync("/careers");
        var opening = page.Locator("#openings h2 a").First;
        var openingId = int.Parse(Regex.Match(await opening.GetAttributeAsync("href") ?? "", @"/careers/(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        await opening.ClickAsync();
        await page.Locator("#FirstName").FillAsync(FirstName);
        await page.Locator("#LastName").FillAsync(LastName);
        await page.Locator("#Email").FillAsync(Email);
        await page.Locator("#Cv").SetInputFilesAsync(new FilePayload { Name = "octavia-cv.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thank you for applying");
        return openingId;
    }

    private static ILocator Card(IPage page) => page.Locator(".pipeline-card", new() { HasText = Name });

    private static ILocator Column(IPage page, string stage) =>
        page.Locator(".pipeline-column", new() { Has = page.Locator("h2 > span:first-child", new() { HasTextRegex = new Regex($"^{stage}$") }) });

    /// <summary>The heading of the column the candidate's card is in.</summary>
    private static Task<string> ColumnOfAsync(IPage page) =>
        Card(page).EvaluateAsync<string>("card => card.closest('.pipeline-column').querySelector('h2 > span').textContent.trim()");

    /// <summary>
    /// Presses on the card, away from its links and boxes, and moves the mouse over the other column in small steps, as
    /// a hand does: the drag starts and the column takes the card before the button is let go. Waits for the board's
    /// script to have the move saved.
    /// </summary>
    private static async Task DragCardAsync(IPage page, string stage)
    {
        var grip = Card(page).GetByText(new Regex("^Days in stage"));
        var from = await grip.BoundingBoxAsync() ?? throw new InvalidOperationException("The card is not on the screen.");
        var to = await Column(page, stage).Locator(".pipeline-cards").BoundingBoxAsync() ?? throw new InvalidOperationException($"{stage} is not on the screen.");
        var (x, y) = (from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 10, y + 10, new() { Steps = 5 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + Math.Min(to.Height / 2, 30), new() { Steps = 20 });
        var saved = await page.RunAndWaitForResponseAsync(() => page.Mouse.UpAsync(),
            response => response.Url.EndsWith("/move", StringComparison.Ordinal) && response.Request.Method == "POST");
        Assert.True(saved.Ok, $"the move to {stage} was saved ({saved.Status})");
    }
}
