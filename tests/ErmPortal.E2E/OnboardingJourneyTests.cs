using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>
/// From the hire to a finished onboarding plan: HR hires a candidate from the recruitment board and finds their plan
/// in the onboarding overview; the new hire follows the invitation, signs in before day one, reads the welcome page,
/// uploads, acknowledges and answers what is theirs; the manager ticks off their tasks from the home page; HR closes
/// the rest, and the plan's progress bar reaches 100%.
/// </summary>
public class OnboardingJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string FirstName = "Livia";
    private const string LastName = "Marchetti";
    private const string Name = FirstName + " " + LastName;
    private const string PersonalEmail = "livia.marchetti@candidates.test";
    private const string Password = "a walk along the canal at dawn";
    private const string ManagerEmail = "manager@erm.demo";
    /// <summary>The new hire's own tasks in the Engineering onboarding: a document to upload, one to acknowledge, a set-up, a form.</summary>
    private const int HireTasks = 4;
    /// <summary>The hiring manager's: the first week's plan, the welcome at the door, the first goals, the first change in production.</summary>
    private const int ManagerTasks = 4;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task Should_complete_the_plan_when_the_new_hire_the_manager_and_hr_do_their_tasks_after_a_hire_from_the_board()
    {
        var options = new BrowserNewContextOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1000 } };
        await using var hrContext = await portal.Browser.NewContextAsync(options);
        await using var hireContext = await portal.Browser.NewContextAsync(options);
        await using var managerContext = await portal.Browser.NewContextAsync(options);
        var (hr, hire, manager) = (await hrContext.NewPageAsync(), await hireContext.NewPageAsync(), await managerContext.NewPageAsync());
        var errors = new List<string>();
        foreach (var page in new[] { hr, hire, manager })
            page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{page.Url}: {message.Text}"); };
        // A first day three weeks away, on a Monday: the new hire has time to sign in before it, and "day one" is that day.
        var firstDay = DateOnly.FromDateTime(DateTime.Today).AddDays(21);
        firstDay = firstDay.AddDays(((int)DayOfWeek.Monday - (int)firstDay.DayOfWeek + 7) % 7);
        var (openingId, managerName) = await PlantAcceptedOfferAsync(firstDay);

        // HR hires from the board: the candidate's card, their record, the hire.
        await hr.GotoAsync("/account/sign-in");
        await hr.SignInAsync("hr@erm.demo", SignInSteps.DemoPassword);
        await hr.GotoAsync($"/recruitment/openings/{openingId}");
        await hr.GetByRole(AriaRole.Link, new() { Name = "Candidates board" }).ClickAsync();
        await hr.Locator(".pipeline-card", new() { HasText = Name }).GetByRole(AriaRole.Link, new() { Name = Name, Exact = true }).ClickAsync();
        await hr.GetByRole(AriaRole.Link, new() { Name = "Hire", Exact = true }).ClickAsync();
        var workEmail = await hr.GetByLabel("Work email").InputValueAsync();
        await hr.Locator("#hire-form").GetByRole(AriaRole.Button, new() { Name = "Hire" }).ClickAsync();
        await Assertions.Expect(hr.Locator("#hired")).ToContainTextAsync($"{Name} is now an employee in onboarding");

        // The plan is in HR's overview with nothing done yet; its page lists every task with who does it and by when.
        await hr.Locator("#nav-onboarding").ClickAsync();
        await hr.GetByLabel("Name").FillAsync(LastName);
        await hr.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var row = hr.Locator("main tbody tr", new() { HasText = Name });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "0");
        await row.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        var planUrl = hr.Url;
        await Assertions.Expect(hr.Locator("#plan-person")).ToContainTextAsync("Engineering onboarding");
        await Assertions.Expect(Task(hr, "Welcome at the door and office tour"))
            .ToContainTextAsync($"Manager · {managerName} · Due {firstDay.ToString("d", English)}");
        await Assertions.Expect(Task(hr, "Read the code of conduct")).ToContainTextAsync($"The person · {Name} · Due");
        var total = await hr.Locator("[id^=task-]").CountAsync();
        await Assertions.Expect(hr.Locator("[id^=task-]", new() { HasText = $"Manager · {managerName} · Due" })).ToHaveCountAsync(ManagerTasks);
        await Assertions.Expect(Progress(hr)).ToHaveAttributeAsync("aria-valuenow", "0");
        await Assertions.Expect(hr.Locator("#plan-progress")).ToContainTextAsync($"0 of {total} done");
        var buddy = Regex.Match(await hr.Locator("#plan-person").InnerTextAsync(), @"Buddy: (.+)").Groups[1].Value.Trim();
        Assert.NotEqual("", buddy);

        // The new hire chooses a password from the invitation sent to their own address, and signs in before day one.
        await hire.GotoAsync(await portal.LinkInLatestEmailAsync(PersonalEmail, "/account/reset-password"));
        await hire.GetByLabel("New password", new() { Exact = true }).FillAsync(Password);
        await hire.GetByLabel("Confirm new password").FillAsync(Password);
        await hire.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await hire.SignInAsync(workEmail, Password);
        await hire.Locator("#onboarding-tasks-card").GetByRole(AriaRole.Link, new() { Name = "Your welcome page" }).ClickAsync();
        await Assertions.Expect(hire.Locator("h1")).ToHaveTextAsync($"Welcome, {FirstName}");
        await Assertions.Expect(hire.Locator("main")).ToContainTextAsync($"Your first day is {firstDay.ToString("d", English)}");
        await Assertions.Expect(hire.Locator("#welcome-manager")).ToContainTextAsync(managerName);
        await Assertions.Expect(hire.Locator("#welcome-buddy")).ToContainTextAsync(buddy);
        var checklist = hire.Locator("#welcome-checklist li");
        await Assertions.Expect(checklist).ToHaveTextAsync([
            new Regex("Upload your identity document"), new Regex("Read the code of conduct"), new Regex("Set up the development environment"),
            new Regex("How was your first week\\?"),
        ]);

        // The identity document is uploaded from their documents, which closes its task.
        await hire.Locator("#user-menu").ClickAsync();
        await hire.Locator("#nav-my-documents").ClickAsync();
        var request = hire.Locator("#requested-documents li", new() { HasText = "Upload your identity document" });
        await request.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "passport.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"),
        });
        await request.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(hire.Locator("main")).ToContainTextAsync("The document is kept.");
        await Assertions.Expect(hire.Locator("#requested-documents")).ToHaveCountAsync(0);

        // On the plan, the code of conduct is acknowledged in so many words and the first week's form answered.
        await hire.GotoAsync("/me/welcome");
        await hire.GetByRole(AriaRole.Link, new() { Name = "Open the plan" }).ClickAsync();
        await Assertions.Expect(hire.Locator("#own-tasks-only")).ToHaveCountAsync(0);
        var conduct = Task(hire, "Read the code of conduct");
        await conduct.GetByLabel("I have read and acknowledge code-of-conduct.pdf").CheckAsync();
        await MarkAsDoneAsync(conduct);
        var form = Task(hire, "How was your first week?");
        await form.GetByLabel("What went well?").FillAsync("Everyone made time for my questions.");
        await form.GetByLabel("What was confusing?").FillAsync("Where the expense forms live.");
        await form.GetByLabel("What do you still need?").FillAsync("Access to the shared drive.");
        await MarkAsDoneAsync(form);
        await MarkAsDoneAsync(Task(hire, "Set up the development environment"));
        await hire.ReloadAsync();
        await Assertions.Expect(Task(hire, "Read the code of conduct").Locator("[id^=acknowledged-]"))
            .ToContainTextAsync(new Regex($"Acknowledged by {Name} on \\S+"));
        await Assertions.Expect(Task(hire, "How was your first week?").Locator("dl")).ToContainTextAsync("Access to the shared drive.");
        await hire.GotoAsync("/me/welcome");
        await Assertions.Expect(hire.Locator("#welcome-checklist").GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(checklist.Locator(".bi-check-circle-fill")).ToHaveCountAsync(HireTasks);

        // The manager finds the new hire's tasks on their home page and ticks off each of theirs on the plan.
        await manager.GotoAsync("/account/sign-in");
        await manager.SignInAsync(ManagerEmail, SignInSteps.DemoPassword);
        var card = manager.Locator("#onboarding-tasks-card li", new() { HasText = Name });
        await Assertions.Expect(card.First).ToBeVisibleAsync();
        await card.First.GetByRole(AriaRole.Link).ClickAsync();
        Assert.Equal(ManagerTasks, await CompleteEveryTaskShownAsync(manager));
        await manager.ReloadAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Button, new() { Name = "Mark as done" })).ToHaveCountAsync(0);
        await manager.GotoAsync("/");
        await Assertions.Expect(card).ToHaveCountAsync(0);

        // HR closes the rest (their own, IT's and the buddy's): the bar is full and the plan is completed.
        await hr.GotoAsync(planUrl);
        await Assertions.Expect(Progress(hr)).ToHaveAttributeAsync("aria-valuenow", ((HireTasks + ManagerTasks) * 100 / total).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(total - HireTasks - ManagerTasks, await CompleteEveryTaskShownAsync(hr));
        await hr.ReloadAsync();
        await Assertions.Expect(Progress(hr)).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(hr.Locator("#plan-progress")).ToContainTextAsync($"{total} of {total} done");
        await Assertions.Expect(hr.Locator("#plan-status")).ToHaveTextAsync("Completed");
        await Assertions.Expect(hr.Locator("[data-group=Done]")).ToHaveCountAsync(total);
        Assert.Empty(errors);
    }

    private static ILocator Task(IPage page, string title) => page.Locator("[id^=task-]", new() { Has = page.GetByText(title, new() { Exact = true }) });

    private static ILocator Progress(IPage page) => page.Locator("#plan-progress").GetByRole(AriaRole.Progressbar);

    /// <summary>Presses the task's "Mark as done" and waits for the plan to come back with the task done (its form gone).</summary>
    private static async Task MarkAsDoneAsync(ILocator task)
    {
        var form = task.Locator("form[id^=complete-]");
        await form.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await Assertions.Expect(form).ToHaveCountAsync(0);
        await Assertions.Expect(task.Page.Locator("main")).ToContainTextAsync("Task done.");
    }

    /// <summary>Presses "Mark as done" on every task the page offers it for, one after another as a person would; how many.</summary>
    private static async Task<int> CompleteEveryTaskShownAsync(IPage page)
    {
        var done = 0;
        for (var open = page.Locator("[id^=task-]", new() { Has = page.Locator("form[id^=complete-]") }); await open.CountAsync() > 0; done++)
            await MarkAsDoneAsync(page.Locator($"#{await open.First.GetAttributeAsync("id")}"));
        return done;
    }

    /// <summary>
    /// An opening of the demo manager's, published from an approved requisition, with the candidate at Offer and their
    /// offer accepted (the hiring journey walks that part in the browser); the opening's id and the manager's name.
    /// </summary>
    private async Task<(int OpeningId, string ManagerName)> PlantAcceptedOfferAsync(DateOnly firstDay)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        var now = DateTime.UtcNow;
        var manager = await db.Employees.Include(e => e.Position).SingleAsync(e => e.WorkEmail == ManagerEmail);
        // A post below the manager's, in their family: the best-fitting template is their department's.
        var position = await db.Positions.Where(p => p.JobFamily == manager.Position.JobFamily && p.Level < manager.Position.Level)
            .OrderBy(p => p.Level).Select(p => p.Id).FirstAsync();
        var requisition = new Requisition
        {
            PositionId = position, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId, Reason = RequisitionReason.NewRole,
            Headcount = 1, SalaryFrom = 40000, SalaryTo = 50000, Currency = "EUR", TargetStartDate = firstDay, RequestedById = manager.Id,
        };
        requisition.Submit(now.AddDays(-20));
        requisition.Approve("journey", null, now.AddDays(-19));
        db.Add(requisition);
        await db.SaveChangesAsync();

        var opening = Opening.FromRequisition(requisition, "Team coordinator", manager.Id, now.AddDays(-18));
        opening.DescriptionHtml = "<p>Keeps the team's plans and people in step.</p>";
        opening.Publish(now.AddDays(-18));
        db.Add(opening);
        await db.SaveChangesAsync();

        var candidate = Candidate.Create(FirstName, LastName, PersonalEmail, now.AddDays(-15));
        var application = JobApplication.Receive(opening, opening.Stages.Single(s => s.Kind == StageKind.Applied), candidate, CandidateSource.CareersPage, now.AddDays(-15));
        application.MoveTo(opening.Stages.Single(s => s.Kind == StageKind.Offer), null, now.AddDays(-5));
        db.Add(application);
        await db.SaveChangesAsync();
        var offer = Offer.Draft(application, requisition, 45000, "EUR", firstDay, opening.PositionId, null, "journey", now.AddDays(-4));
        offer.Send(now.AddDays(-4));
        offer.RecordAccepted(now.AddDays(-2));
        db.Add(offer);
        await db.SaveChangesAsync();
        return (opening.Id, $"{manager.PreferredName ?? manager.LegalFirstName} {manager.LegalLastName}");
    }
}
