using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

public class SignInJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string Password = "erm-demo-password";

    [Theory]
    [InlineData("employee@erm.demo", "my-section")]
    [InlineData("manager@erm.demo", "team-section")]
    [InlineData("hr@erm.demo", "hr-section")]
    [InlineData("admin@erm.demo", "admin-section")]
    public async Task Should_see_role_dashboard_when_demo_account_signs_in(string email, string section)
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GotoAsync("/");
        Assert.EndsWith("/account/sign-in?ReturnUrl=%2F", page.Url);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/$"));
        Assert.True(await page.Locator($"#{section}").IsVisibleAsync(), $"{email} should see #{section}");
        Assert.Matches("^Welcome, ", await page.Locator("h1").InnerTextAsync());

        // The user menu opens (Bootstrap's script runs under the CSP) and signs out.
        await page.Locator("#user-menu").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/sign-in"));
        Assert.Empty(errors);
    }
}
