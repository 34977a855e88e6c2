using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>Internal mobility: an employee finds an opening for employees only from their profile and applies with it.</summary>
public class InternalMobilityJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Should_list_the_opening_as_applied_when_an_employee_applies_to_an_internal_opening_from_their_profile()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var employee = await context.SignInAsync("employee@erm.demo");

        await employee.Locator("#nav-my-profile").ClickAsync();
        await employee.Locator("#profile-internal-openings").ClickAsync();
        await employee.WaitForURLAsync(new Regex("/me/openings$"));
        var opening = employee.Locator("#internal-openings li", new() { Has = employee.Locator("[data-internal-only]") }).First;
        var title = (await opening.Locator("a").First.InnerTextAsync()).Trim();
        await opening.Locator("a").First.ClickAsync();

        await employee.GetByLabel("A note to the hiring team").FillAsync("I would love to bring what I learnt in my team to this one.");
        await employee.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await employee.WaitForURLAsync(new Regex("/me/openings/\\d+$"));
        Assert.Contains("Application sent.", await employee.Locator("main").InnerTextAsync());
        Assert.Contains("Applied", await employee.Locator("#my-application").InnerTextAsync());

        await employee.GetByRole(AriaRole.Link, new() { Name = "Internal openings" }).First.ClickAsync();
        var mine = await employee.Locator("#my-applications").InnerTextAsync();
        Assert.Contains(title, mine);
        Assert.Contains("Applied", mine);

        // Back on the profile, the running application is listed under career moves.
        await employee.Locator("#nav-my-profile").ClickAsync();
        Assert.Contains(title, await employee.Locator("#career-moves-applications").InnerTextAsync());
    }
}
