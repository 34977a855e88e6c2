using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>Signing in through the real form, as each journey starts.</summary>
public static class SignInSteps
{
    public const string DemoPassword = "erm-demo-password";

    /// <summary>A new page in the context, signed in as the demo account and back on the home page.</summary>
    public static async Task<IPage> SignInAsync(this IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.SignInAsync(email, DemoPassword);
        return page;
    }

    /// <summary>Fills the sign-in form the page shows and waits for the home page.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/$"));
    }
}
