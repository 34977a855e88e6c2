using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>
/// A review from first to last page: HR opens a cycle for one person, the person assesses themselves, their manager
/// assesses them with the self-assessment beside the form, HR calibrates the rating with a reason, the manager shares
/// it, and the person reads it, comments and acknowledges it, after which it is locked.
/// </summary>
public class ReviewJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string CycleName = "Mid-year check 2027";
    private const string ManagerEmail = "manager@erm.demo";

    [Fact]
    public async Task Should_lock_the_review_with_the_calibrated_rating_once_the_person_has_commented_and_acknowledged()
    {
        var options = new BrowserNewContextOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1000 } };
        await using var personContext = await portal.Browser.NewContextAsync(options);
        await using var managerContext = await portal.Browser.NewContextAsync(options);
        await using var hrContext = await portal.Browser.NewContextAsync(options);
        var (person, manager, hr) = (await personContext.NewPageAsync(), await managerContext.NewPageAsync(), await hrContext.NewPageAsync());
        var errors = new List<string>();
        foreach (var page in new[] { person, manager, hr })
            page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{page.Url}: {message.Text}"); };
        var (personEmail, personName) = await PrepareReportAsync();

        // HR creates the cycle for a list of one person, with every phase's deadline, and launches it.
        await hr.GotoAsync("/account/sign-in");
        await hr.SignInAsync("hr@erm.demo", SignInSteps.DemoPassword);
        await hr.GotoAsync("/reviews/cycles/new");
        await hr.GetByLabel("Name", new() { Exact = true }).FillAsync(CycleName);
        await hr.Locator("#scope-People").CheckAsync();
        await hr.Locator("#PeopleEmails").FillAsync(personEmail);
        var deadlines = hr.Locator("input[name$='].DueOn']");
        for (var i = 0; i < await deadlines.CountAsync(); i++)
            await deadlines.Nth(i).FillAsync($"2027-07-{10 + i:00}");
        await hr.Locator("#save-cycle").ClickAsync();
        await Assertions.Expect(hr.Locator("#cycle-phase")).ToHaveAttributeAsync("data-phase", "Draft");
        var cycleUrl = new Uri(hr.Url).AbsolutePath;
        await Assertions.Expect(hr.Locator("#launch-cycle")).ToContainTextAsync("Launch for 1 people");
        await hr.Locator("#launch-cycle").ClickAsync();
        await Assertions.Expect(hr.Locator("#cycle-phase")).ToHaveAttributeAsync("data-phase", "GoalSetting");
        await AdvanceAsync(hr, "SelfAssessment");

        // The person finds the review among theirs and hands in a self-assessment.
        await person.GotoAsync("/account/sign-in");
        await person.SignInAsync(personEmail, SignInSteps.DemoPassword);
        await person.GotoAsync("/me/reviews");
        await person.GetByRole(AriaRole.Link, new() { Name = CycleName }).First.ClickAsync();
        var reviewUrl = new Uri(person.Url).AbsolutePath;
        Assert.Matches(new Regex(@"^/reviews/\d+$"), reviewUrl);
        await person.GetByLabel("What went well").FillAsync("Shipped the payroll export two weeks early.");
        await person.GetByLabel("What I want to develop").FillAsync("Presenting to larger audiences.");
        await person.GetByLabel("Rating of Collaboration").SelectOptionAsync("4");
        await person.Locator("#submit-self-assessment").ClickAsync();
        await Assertions.Expect(person.Locator("#self-texts")).ToContainTextAsync("Shipped the payroll export two weeks early.");
        await Assertions.Expect(person.Locator("#self-assessment-form")).ToHaveCountAsync(0);

        // HR moves the cycle on; the manager writes the assessment with the self-assessment beside it.
        await AdvanceAsync(hr, "ManagerAssessment");
        await manager.GotoAsync("/account/sign-in");
        await manager.SignInAsync(ManagerEmail, SignInSteps.DemoPassword);
        await manager.GotoAsync("/reviews/team");
        await manager.Locator("#team-reviews tr", new() { HasText = CycleName }).GetByRole(AriaRole.Link, new() { Name = personName }).ClickAsync();
        Assert.Equal(reviewUrl, new Uri(manager.Url).AbsolutePath);
        await Assertions.Expect(manager.Locator("#self-texts")).ToContainTextAsync("Shipped the payroll export two weeks early.");
        await manager.GetByLabel("Summary").FillAsync("A dependable year with one standout delivery.");
        await manager.GetByLabel("Overall rating").SelectOptionAsync("3");
        await manager.GetByLabel("Development needs (one skill per line)").FillAsync("Public speaking");
        await manager.Locator("#submit-manager-assessment").ClickAsync();
        await Assertions.Expect(manager.Locator("#manager-assessment-form")).ToHaveCountAsync(0);

        // Before sharing, the person sees nothing of the manager's assessment.
        await person.ReloadAsync();
        await Assertions.Expect(person.Locator("main")).Not.ToContainTextAsync("A dependable year with one standout delivery.");

        // HR calibrates: the rating that stands goes up a level, with the reason kept beside the change.
        await AdvanceAsync(hr, "Calibration");
        await hr.Locator("#cycle-calibration").ClickAsync();
        var row = hr.Locator("#calibration-reviews tr", new() { HasText = personName });
        await row.GetByRole(AriaRole.Link, new() { Name = "Adjust" }).ClickAsync();
        await hr.GetByLabel("Rating that stands").SelectOptionAsync("4");
        await hr.GetByLabel("Potential").SelectOptionAsync("High");
        await hr.GetByLabel("Reason").FillAsync("The early payroll export saved the whole department a month-end.");
        await hr.Locator("#calibrate").ClickAsync();
        await Assertions.Expect(hr.Locator("main")).ToContainTextAsync("The early payroll export saved the whole department a month-end.");
        await Assertions.Expect(hr.Locator("#final-rating")).ToContainTextAsync("4");

        // Sharing: the manager shares the review, and the person reads the calibrated rating and the manager's words.
        await hr.GotoAsync(cycleUrl);
        await AdvanceAsync(hr, "Sharing");
        await manager.GotoAsync(reviewUrl);
        await manager.Locator("#share-review").ClickAsync();
        await Assertions.Expect(manager.Locator("#share-review")).ToHaveCountAsync(0);
        await person.GotoAsync(reviewUrl);
        await Assertions.Expect(person.Locator("main")).ToContainTextAsync("A dependable year with one standout delivery.");
        await Assertions.Expect(person.Locator("#final-rating")).ToContainTextAsync("4");

        // The person comments, acknowledges, and the review is final: no form is left to change it.
        await person.GetByLabel("Your comment").FillAsync("Thank you; I would like a mentor for the speaking part.");
        await person.Locator("#save-comment").ClickAsync();
        await Assertions.Expect(person.Locator("#employee-comment")).ToContainTextAsync("I would like a mentor for the speaking part.");
        await person.Locator("#acknowledge").ClickAsync();
        await Assertions.Expect(person.Locator("#review-locked")).ToBeVisibleAsync();
        await Assertions.Expect(person.Locator("#acknowledged")).ToBeVisibleAsync();
        await Assertions.Expect(person.Locator("#comment-form")).ToHaveCountAsync(0);
        await Assertions.Expect(person.Locator("#acknowledge")).ToHaveCountAsync(0);

        // The manager sees the comment on the locked review too.
        await manager.GotoAsync(reviewUrl);
        await Assertions.Expect(manager.Locator("#employee-comment")).ToContainTextAsync("I would like a mentor for the speaking part.");
        await Assertions.Expect(manager.Locator("#review-locked")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    /// <summary>Moves the cycle HR has open to its next phase, which must be the one named.</summary>
    private static async Task AdvanceAsync(IPage hr, string phase)
    {
        await hr.Locator("#advance-cycle").ClickAsync();
        await Assertions.Expect(hr.Locator("#cycle-phase")).ToHaveAttributeAsync("data-phase", phase);
    }

    /// <summary>One of the demo manager's active reports with an account, given the demo password to sign in with.</summary>
    private async Task<(string Email, string Name)> PrepareReportAsync()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        var report = await db.Employees
            .Where(e => e.Manager!.WorkEmail == ManagerEmail && e.Status == EmployeeStatus.Active && e.UserId != null)
            .OrderBy(e => e.Id).FirstAsync();
        var user = await db.Users.SingleAsync(u => u.Id == report.UserId);
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>().HashPassword(user, SignInSteps.DemoPassword);
        await db.SaveChangesAsync();
        return (report.WorkEmail, report.DisplayName);
    }
}
