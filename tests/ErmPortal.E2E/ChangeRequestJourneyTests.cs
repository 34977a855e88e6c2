using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>The self-service journey: an employee updates their profile and asks for a new bank account; HR approves.</summary>
public class ChangeRequestJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{


    [Fact]
    public async Task Should_see_the_new_bank_account_and_the_timeline_entry_when_hr_approves_the_request()
    {
        await using var employeeContext = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var employee = await employeeContext.SignInAsync("employee@erm.demo");

        // Self-service: saved at once.
        await employee.GotoAsync("/me/profile");
        await employee.GetByLabel("Pronouns").FillAsync("they/them");
        await employee.GetByLabel("Skills").FillAsync("SQL, Testing, System design");
        await employee.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await employee.WaitForURLAsync(new Regex("/employees/\\d+$"));
        var heading = await employee.Locator("h1").InnerTextAsync();
        Assert.Contains("they/them", heading);
        var name = heading[..heading.IndexOf(" (", StringComparison.Ordinal)].Trim();

        // A sensitive change goes to HR.
        await employee.GetByRole(AriaRole.Link, new() { Name = "Request a change" }).ClickAsync();
        await employee.GetByLabel("Bank account (IBAN)").FillAsync("GB82 WEST 1234 5698 7654 32");
        await employee.GetByRole(AriaRole.Button, new() { Name = "Send to HR" }).ClickAsync();
        await employee.WaitForURLAsync(new Regex("/me/change-requests$"));
        Assert.Contains("Pending", await employee.Locator("main").InnerTextAsync());

        await using var hrContext = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var hr = await hrContext.SignInAsync("hr@erm.demo");
        await hr.GetByRole(AriaRole.Link, new() { Name = "Change requests" }).First.ClickAsync();
        // Other people's requests wait in the list too: HR opens this person's.
        await hr.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        Assert.Contains("GB82WEST12345698765432", await hr.Locator("#side-by-side").InnerTextAsync());
        // Approving changes the record at once, so the portal asks first; HR confirms.
        string? asked = null;
        hr.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.AcceptAsync(); };
        await hr.GetByRole(AriaRole.Button, new() { Name = "Approve and apply" }).ClickAsync();
        await hr.WaitForURLAsync(new Regex("/change-requests$"));
        Assert.Equal("Approve this request and change the record now?", asked);
        Assert.Contains("Approved", await hr.Locator("main").InnerTextAsync());

        await employee.GotoAsync("/me");
        Assert.Contains("••••5432", await employee.Locator("#personal").InnerTextAsync());
        Assert.Contains("bank account approved and applied", await employee.Locator("#timeline").InnerTextAsync());
        Assert.Contains("Approved", await (await employee.GotoAsync("/me/change-requests"))!.TextAsync());
    }
}
