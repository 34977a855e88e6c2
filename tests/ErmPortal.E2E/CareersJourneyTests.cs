using System.Text;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

public class CareersJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Should_apply_follow_and_withdraw_when_a_candidate_uses_the_careers_page()
    {
        var title = await PublishOpeningAsync("Journey test engineer");
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GotoAsync("/careers");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.Locator("#FirstName").FillAsync("Ada");
        await page.Locator("#LastName").FillAsync("Quill");
        await page.Locator("#Email").FillAsync("ada.journey@candidates.test");
        await page.Locator("#Cv").SetInputFilesAsync(new FilePayload { Name = "ada-cv.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/applied$"));
        Assert.Equal("Thank you for applying", await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync(await portal.LinkInLatestEmailAsync("ada.journey@candidates.test"));
        Assert.Contains("We have received your application", await page.Locator("#applications").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw this application" }).ClickAsync();
        await page.GetByLabel("Why are you withdrawing? (optional)").FillAsync("Found another role");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw", Exact = true }).ClickAsync();
        Assert.Contains("Your application is withdrawn.", await page.Locator("main").InnerTextAsync());
        Assert.Contains("Withdrawn", await page.Locator("#applications").InnerTextAsync());
        Assert.Empty(errors);
    }

    /// <summary>An opening on the careers page, made from an approved requisition as HR would make it.</summary>
    private async Task<string> PublishOpeningAsync(string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        var manager = await db.Employees.SingleAsync(e => e.WorkEmail == "manager@erm.demo");
        var requisition = new Requisition
        {
            PositionId = manager.PositionId, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId, Headcount = 1,
            SalaryFrom = 40000, SalaryTo = 50000, TargetStartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2), RequestedById = manager.Id,
        };
        requisition.Submit(DateTime.UtcNow);
        requisition.Approve("journey", null, DateTime.UtcNow);
        db.Add(requisition);
        await db.SaveChangesAsync();
        var opening = Opening.FromRequisition(requisition, title, manager.Id, DateTime.UtcNow);
        opening.DescriptionHtml = "<p>Help us build what people use every day.</p><ul><li>Ship often</li><li>Learn a lot</li></ul>";
        opening.Publish(DateTime.UtcNow);
        db.Add(opening);
        await db.SaveChangesAsync();
        return title;
    }
}
