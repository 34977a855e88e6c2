using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>
/// From an overdue mandatory course to a green one: the employee finds it among their recommendations and asks for a
/// place, their manager approves, HR records the completion from the session's roster; the employee's mandatory
/// training then reads done and the course is no longer recommended.
/// </summary>
public class LearningJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string CourseTitle = "Handling customer data safely";
    private const string ManagerEmail = "manager@erm.demo";

    [Fact]
    public async Task Should_turn_the_mandatory_course_green_and_drop_the_recommendation_when_a_requested_place_is_approved_and_completed()
    {
        var options = new BrowserNewContextOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1000 } };
        await using var learnerContext = await portal.Browser.NewContextAsync(options);
        await using var managerContext = await portal.Browser.NewContextAsync(options);
        await using var hrContext = await portal.Browser.NewContextAsync(options);
        var (learner, manager, hr) = (await learnerContext.NewPageAsync(), await managerContext.NewPageAsync(), await hrContext.NewPageAsync());
        var errors = new List<string>();
        foreach (var page in new[] { learner, manager, hr })
            page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{page.Url}: {message.Text}"); };
        var (courseId, learnerEmail, learnerName) = await PlantOverdueCourseAsync();

        // The course is overdue for the employee, and recommended to them for that reason.
        await learner.GotoAsync("/account/sign-in");
        await learner.SignInAsync(learnerEmail, SignInSteps.DemoPassword);
        await learner.GotoAsync("/me/learning/mandatory");
        await Assertions.Expect(MandatoryRow(learner, courseId)).ToHaveAttributeAsync("data-state", nameof(MandatoryState.Overdue));
        await learner.GotoAsync("/me/learning/recommendations");
        var recommendation = Recommendation(learner, courseId);
        await Assertions.Expect(recommendation).ToContainTextAsync(CourseTitle);

        // They ask for a place on the coming session, with a note for their manager.
        await recommendation.GetByRole(AriaRole.Link, new() { Name = "Request a place" }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Request a place" }).First.ClickAsync();
        await learner.GetByLabel("A note for your manager").FillAsync("Our team handles customer files every day.");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(learner.Locator("main")).ToContainTextAsync("Request sent: you will hear when it is decided.");
        await Assertions.Expect(learner.Locator("main")).ToContainTextAsync(CourseTitle);

        // Their manager finds the request and approves it: the employee is seated.
        await manager.GotoAsync("/account/sign-in");
        await manager.SignInAsync(ManagerEmail, SignInSteps.DemoPassword);
        await manager.GotoAsync("/learning/requests");
        var request = manager.Locator("#requests li", new() { HasText = learnerName }).Filter(new() { HasText = CourseTitle });
        await request.GetByRole(AriaRole.Link, new() { Name = "Decide" }).ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Our team handles customer files every day.");
        await manager.Locator("#approve").ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Request approved.");

        // HR opens the session's roster from the course page and records the completion.
        await hr.GotoAsync("/account/sign-in");
        await hr.SignInAsync("hr@erm.demo", SignInSteps.DemoPassword);
        await hr.GotoAsync($"/learning/courses/{courseId}");
        await hr.GetByRole(AriaRole.Link, new() { Name = "Roster" }).First.ClickAsync();
        await Assertions.Expect(hr.Locator("#seats-taken")).ToContainTextAsync("1 of 8 seats taken");
        await hr.Locator("#seated li", new() { HasText = learnerName }).GetByRole(AriaRole.Link, new() { Name = "Record completion" }).ClickAsync();
        await hr.GetByLabel("Score (0–100, if assessed)").FillAsync("88");
        await hr.GetByLabel("Passed").CheckAsync();
        await hr.GetByRole(AriaRole.Button, new() { Name = "Record the completion" }).ClickAsync();
        await Assertions.Expect(hr.Locator("#record-completion-form")).ToHaveCountAsync(0);

        // The employee's mandatory course now reads done, and it is no longer recommended.
        await learner.GotoAsync("/me/learning/mandatory");
        await Assertions.Expect(MandatoryRow(learner, courseId)).ToHaveAttributeAsync("data-state", nameof(MandatoryState.Done));
        await learner.GotoAsync("/me/learning/recommendations");
        await Assertions.Expect(learner.Locator("main h1")).ToBeVisibleAsync();
        await Assertions.Expect(Recommendation(learner, courseId)).ToHaveCountAsync(0);
        await learner.GotoAsync("/me/learning/records");
        await Assertions.Expect(learner.Locator("main")).ToContainTextAsync(CourseTitle);
        Assert.Empty(errors);
    }

    private static ILocator MandatoryRow(IPage page, int courseId) => page.Locator($"#my-mandatory tr[data-course-id='{courseId}']");

    private static ILocator Recommendation(IPage page, int courseId) => page.Locator($"li[data-course-id='{courseId}']");

    /// <summary>
    /// A course mandatory for the position of one of the demo manager's reports, in force for three months (so overdue
    /// for them), with a session in two weeks; the report gets the demo password to sign in with.
    /// </summary>
    private async Task<(int CourseId, string Email, string Name)> PlantOverdueCourseAsync()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        var learner = await db.Employees
            .Where(e => e.Manager!.WorkEmail == ManagerEmail && e.Status == EmployeeStatus.Active && e.UserId != null)
            .OrderBy(e => e.Id).FirstAsync();
        var user = await db.Users.SingleAsync(u => u.Id == learner.UserId);
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>().HashPassword(user, SignInSteps.DemoPassword);
        var startsAt = DateTime.UtcNow.Date.AddDays(14).AddHours(8);
        var course = new Course
        {
            Title = CourseTitle, Provider = "Privacy office", IsInternal = true, Format = CourseFormat.Classroom, Hours = 3,
            Description = "What customer data we keep, who may read it and how to share it.", CreatedAtUtc = DateTime.UtcNow.AddMonths(-3),
            MandatoryRules = [new MandatoryRule { PositionId = learner.PositionId, WithinDaysOfHire = 30, StartsOn = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-3)) }],
            Sessions = [new CourseSession { StartsAtUtc = startsAt, EndsAtUtc = startsAt.AddHours(3), TimeZoneId = "Europe/Rome", Place = "Milan HQ, room Volta", Capacity = 8 }],
        };
        course.ReplaceSkills(["Data protection"]);
        db.Add(course);
        await db.SaveChangesAsync();
        return (course.Id, learner.WorkEmail, learner.DisplayName);
    }
}
