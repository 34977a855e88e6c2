using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Onboarding.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>The plans as people use them: HR's overview and changes, the plan page for each relation, the card, the welcome page, reminders.</summary>
public class OnboardingPlanPagesTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private record Planted(int PlanId, int EmployeeId, Dictionary<string, int> Tasks);

    private record PlantTask(string Title, TaskOwner Owner, int Offset, int? AssigneeId, string? DocumentKey = null, string? Questions = null);

    private Task<int> IdOfAsync(string email) => portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync());

    /// <summary>A colleague with no plan yet, outside the demo sign-ins, with a manager.</summary>
    private Task<Employee> ColleagueWithoutPlanAsync() => portal.QueryDbAsync(db => db.Employees
        .Where(e => e.Status == EmployeeStatus.Active && e.ManagerId != null && !DemoPeople.All.Contains(e.WorkEmail)
                    && !db.Set<JourneyPlan>().Any(p => p.EmployeeId == e.Id))
        .OrderBy(e => e.Id).AsNoTracking().FirstAsync());

    /// <summary>A running onboarding plan for the person, anchored as given, with the tasks given to the people named.</summary>
    private Task<Planted> PlantPlanAsync(int employeeId, int? buddyId, DateOnly anchor, params PlantTask[] tasks) => portal.QueryDbAsync(async db =>
    {
        var employee = await db.Employees.SingleAsync(e => e.Id == employeeId);
        var plan = JourneyPlan.Start(employee, JourneyKind.Onboarding, null, anchor, "UTC",
            new JourneyPlan.Assignees(null, employee.ManagerId, null, buddyId, employee.Id), "planted", DateTime.UtcNow);
        var added = tasks.Select(t => plan.AddTask(new TemplateTask
        {
            Title = t.Title, Owner = t.Owner, DueOffset = t.Offset, DueUnit = OffsetUnit.Days, DocumentKey = t.DocumentKey,
            DocumentName = t.DocumentKey is null ? null : "Code of conduct", FormQuestions = t.Questions,
        }, t.AssigneeId)).ToList();
        db.Add(plan);
        await db.SaveChangesAsync();
        return new Planted(plan.Id, employee.Id, added.ToDictionary(t => t.Title, t => t.Id));
    });

    private Task<PlanTask> TaskAsync(int taskId) => portal.QueryDbAsync(db => db.Set<PlanTask>().AsNoTracking().SingleAsync(t => t.Id == taskId));

    private static async Task<string> VersionOfAsync(HttpClient client, int planId) =>
        Regex.Match(await client.GetStringAsync($"/onboarding/plans/{planId}"), "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int planId, string action, Dictionary<string, string> fields)
    {
        fields.TryAdd("Version", await VersionOfAsync(client, planId));
        return await client.PostFormAsync($"/onboarding/plans/{planId}", $"/onboarding/plans/{planId}/{action}", fields);
    }

    [Fact]
    public async Task Should_show_a_buddy_only_their_own_tasks_when_they_open_the_plan()
    {
        var me = await IdOfAsync(DemoPeople.Employee);
        var hire = await ColleagueWithoutPlanAsync();
        var planted = await PlantPlanAsync(hire.Id, me, Today.AddDays(3),
            new PlantTask("Show the coffee machine", TaskOwner.Buddy, 0, me), new PlantTask("Sign the contract", TaskOwner.Employee, 0, hire.Id),
            new PlantTask("Plan the first week", TaskOwner.Manager, -1, hire.ManagerId));

        var buddy = await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetStringAsync($"/onboarding/plans/{planted.PlanId}");
        var hr = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync($"/onboarding/plans/{planted.PlanId}");

        Assert.Contains("Show the coffee machine", buddy);
        Assert.DoesNotContain("Sign the contract", buddy);
        Assert.DoesNotContain("Plan the first week", buddy);
        Assert.Contains("id=\"own-tasks-only\"", buddy);
        Assert.Contains("Sign the contract", hr);
        Assert.Contains("Plan the first week", hr);
    }

    [Fact]
    public async Task Should_let_a_new_hire_sign_in_before_day_one_find_their_welcome_page_and_see_their_own_plan_but_no_one_elses()
    {
        var firstDay = DueDates.Resolve(Today, 15, OffsetUnit.WorkingDays);
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "welcome.hire");
        await portal.MoveToOfferAsync(planted.ApplicationIds[0]);
        await portal.PlantOfferAsync(planted.ApplicationIds[0], 45_000, OfferStatus.Accepted, firstDay);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var hirePage = $"/recruitment/applications/{planted.ApplicationIds[0]}/hire";
        var fields = await hr.FormFieldsAsync(hirePage);
        fields["WorkEmail"] = "welcome.hire@erm.demo";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(hirePage, hirePage, fields)).StatusCode);
        var hire = await portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.WorkEmail == "welcome.hire@erm.demo"));
        var ownPlan = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.EmployeeId == hire.Id).Select(p => p.Id).SingleAsync());
        var other = await PlantPlanAsync((await ColleagueWithoutPlanAsync()).Id, null, Today, new PlantTask("Someone else's task", TaskOwner.Hr, 0, null));
        await portal.SetDemoPasswordAsync(hire.WorkEmail);

        var client = await portal.SignedInClientAsync(hire.WorkEmail);
        var home = await client.GetStringAsync("/");
        var welcome = await client.GetStringAsync("/me/welcome");
        var managerHome = await (await portal.SignedInClientAsync(DemoPeople.Manager)).GetStringAsync("/");

        Assert.Equal(EmployeeStatus.Onboarding, hire.Status);
        // The home page's tasks card is the way in: no menu names the welcome page. The manager's tasks are on someone else's plan.
        Assert.Contains("id=\"onboarding-welcome-link\"", home);
        Assert.Contains("id=\"onboarding-tasks-card\"", managerHome);
        Assert.DoesNotContain("id=\"onboarding-welcome-link\"", managerHome);
        Assert.Contains("id=\"welcome-checklist\"", welcome);
        Assert.Contains("id=\"welcome-manager\"", welcome);
        Assert.Contains($"/onboarding/plans/{ownPlan}", welcome);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/onboarding/plans/{ownPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/onboarding/plans/{other.PlanId}")).StatusCode);
    }

    [Fact]
    public async Task Should_say_so_on_the_welcome_page_when_the_person_has_no_onboarding_plan()
    {
        var page = await (await portal.SignedInClientAsync(DemoPeople.Admin)).GetStringAsync("/me/welcome");

        Assert.Contains("id=\"no-welcome-plan\"", page);
    }

    [Fact]
    public async Task Should_record_who_acknowledged_the_document_and_when_only_once_they_tick_that_they_read_it()
    {
        var me = await IdOfAsync(DemoPeople.Employee);
        var key = await portal.AsUserAsync(null, sp => sp.GetRequiredService<ErmPortal.Web.Infrastructure.Files.IFileStorage>()
            .SaveAsync(new MemoryStream("%PDF-1.4 conduct"u8.ToArray()), "onboarding", ".pdf", default));
        var planted = await PlantPlanAsync(me, null, Today, new PlantTask("Read the code of conduct", TaskOwner.Employee, 0, me, DocumentKey: key));
        var taskId = planted.Tasks["Read the code of conduct"];
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var document = await client.GetAsync($"/onboarding/plans/{planted.PlanId}/tasks/{taskId}/document");
        var unticked = await PostAsync(client, planted.PlanId, $"tasks/{taskId}/complete", []);
        var stillOpen = await TaskAsync(taskId);
        var ticked = await PostAsync(client, planted.PlanId, $"tasks/{taskId}/complete", new() { ["Acknowledge"] = "true" });

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Null(stillOpen.CompletedAtUtc);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        var done = await TaskAsync(taskId);
        Assert.NotNull(done.AcknowledgedAtUtc);
        Assert.NotNull(done.CompletedByUserId);
        var page = await client.GetStringAsync($"/onboarding/plans/{planted.PlanId}");
        var name = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == me).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).SingleAsync());
        var acknowledged = WebUtility.HtmlDecode(Regex.Match(page, $"id=\"acknowledged-{taskId}\">([^<]*)<").Groups[1].Value);
        Assert.StartsWith($"Acknowledged by {name} on ", acknowledged);
        var entry = await portal.QueryDbAsync(db => db.Set<TimelineEntry>().Where(t => t.SubjectId == me && t.Kind == PlanTimelineKinds.TaskCompleted)
            .OrderByDescending(t => t.Id).FirstAsync());
        Assert.Equal("Code of conduct", entry.Arguments.Text(PlanTimelineKinds.Document));
        // The plan had one task: it completes itself, and the timeline says so.
        Assert.Equal(PlanStatus.Completed, await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.Id == planted.PlanId).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Should_require_every_answer_and_show_them_to_hr_when_a_task_asks_questions()
    {
        var me = await IdOfAsync(DemoPeople.Employee);
        var planted = await PlantPlanAsync(me, null, Today, new PlantTask("Tell us about the first week", TaskOwner.Employee, 0, me,
            Questions: "What helped most?\nWhat was missing?"), new PlantTask("Keep it running", TaskOwner.Hr, 30, null));
        var taskId = planted.Tasks["Tell us about the first week"];
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        await PostAsync(client, planted.PlanId, $"tasks/{taskId}/complete", new() { ["Answers[0]"] = "The buddy", ["Answers[1]"] = " " });
        var halfAnswered = await TaskAsync(taskId);
        await PostAsync(client, planted.PlanId, $"tasks/{taskId}/complete", new() { ["Answers[0]"] = "The buddy", ["Answers[1]"] = "A map\nof the office" });

        Assert.Null(halfAnswered.CompletedAtUtc);
        Assert.Equal("The buddy\nA map of the office", (await TaskAsync(taskId)).FormAnswers);
        var hrPage = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync($"/onboarding/plans/{planted.PlanId}");
        Assert.Contains("A map of the office", hrPage);
    }

    [Fact]
    public async Task Should_show_a_conflict_instead_of_completing_when_the_plan_changed_after_the_page_was_opened()
    {
        var me = await IdOfAsync(DemoPeople.Employee);
        var planted = await PlantPlanAsync(me, null, Today.AddDays(10), new PlantTask("Bring your bank details", TaskOwner.Employee, 0, me));
        var taskId = planted.Tasks["Bring your bank details"];
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var staleVersion = await VersionOfAsync(client, planted.PlanId);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        await PostAsync(hr, planted.PlanId, "tasks", new() { ["Title"] = "Order a badge", ["Owner"] = "Hr", ["DueOffset"] = "-2", ["DueUnit"] = "WorkingDays" });

        var response = await PostAsync(client, planted.PlanId, $"tasks/{taskId}/complete", new() { ["Version"] = staleVersion });
        var page = await client.GetStringAsync($"/onboarding/plans/{planted.PlanId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await TaskAsync(taskId)).CompletedAtUtc);
        Assert.Contains("Someone else changed this plan", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task Should_refuse_completing_a_task_given_to_someone_else_when_the_viewer_is_not_hr()
    {
        var me = await IdOfAsync(DemoPeople.Employee);
        var hire = await ColleagueWithoutPlanAsync();
        var planted = await PlantPlanAsync(hire.Id, me, Today, new PlantTask("Meet the buddy", TaskOwner.Buddy, 0, me),
            new PlantTask("Fill in the tax form", TaskOwner.Employee, 0, hire.Id));
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var response = await PostAsync(client, planted.PlanId, $"tasks/{planted.Tasks["Fill in the tax form"]}/complete", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await TaskAsync(planted.Tasks["Fill in the tax form"])).CompletedAtUtc);
    }

    [Fact]
    public async Task Should_add_reassign_remove_rename_the_buddy_move_the_day_and_cancel_when_hr_manages_a_plan()
    {
        var hire = await ColleagueWithoutPlanAsync();
        var me = await IdOfAsync(DemoPeople.Employee);
        var anchor = DueDates.Resolve(Today, 10, OffsetUnit.WorkingDays);
        var planted = await PlantPlanAsync(hire.Id, null, anchor, new PlantTask("Tour of the office", TaskOwner.Buddy, 1, null),
            new PlantTask("Prepare the desk", TaskOwner.Hr, -1, null), new PlantTask("Set the goals", TaskOwner.Manager, 5, hire.ManagerId));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var notices = await portal.QueryDbAsync(db => db.Set<Notification>().MaxAsync(n => (int?)n.Id)) ?? 0;

        await PostAsync(hr, planted.PlanId, "tasks", new() { ["Title"] = "Lunch with the director", ["Owner"] = "Manager", ["DueOffset"] = "3", ["DueUnit"] = "Days" });
        await PostAsync(hr, planted.PlanId, $"tasks/{planted.Tasks["Prepare the desk"]}/reassign", new() { ["Email"] = DemoPeople.Employee });
        await PostAsync(hr, planted.PlanId, $"tasks/{planted.Tasks["Set the goals"]}/remove", []);
        await PostAsync(hr, planted.PlanId, "buddy", new() { ["BuddyId"] = me.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var newDay = anchor.AddDays(7);
        var moved = await PostAsync(hr, planted.PlanId, "anchor", new() { ["AnchorDate"] = newDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        var plan = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Include(p => p.Tasks).AsNoTracking().SingleAsync(p => p.Id == planted.PlanId));
        Assert.Equal(["Lunch with the director", "Prepare the desk", "Tour of the office"], plan.Tasks.Select(t => t.Title).Order());
        Assert.Equal(hire.ManagerId, plan.Tasks.Single(t => t.Title == "Lunch with the director").AssigneeId);
        Assert.Equal(me, plan.Tasks.Single(t => t.Title == "Prepare the desk").AssigneeId);
        Assert.Equal(me, plan.BuddyId);
        Assert.Equal(me, plan.Tasks.Single(t => t.Title == "Tour of the office").AssigneeId);
        Assert.Equal(newDay, plan.AnchorDate);
        Assert.Equal(DueDates.Resolve(newDay, 1, OffsetUnit.Days), plan.Tasks.Single(t => t.Title == "Tour of the office").DueDate);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("id=\"anchor-changes\"", await moved.Content.ReadAsStringAsync());
        var meUser = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == me).Select(e => e.UserId).SingleAsync());
        Assert.True(await portal.QueryDbAsync(db => db.Set<Notification>().CountAsync(n => n.Id > notices && n.RecipientUserId == meUser
            && n.Kind == PlanNotifications.Assigned)) >= 2);

        var cancelled = await PostAsync(hr, planted.PlanId, "cancel", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(PlanStatus.Cancelled, await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.Id == planted.PlanId).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Should_list_a_demo_colleagues_finished_onboarding_on_their_profile_with_the_day_it_was_completed()
    {
        var past = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().AsNoTracking()
            .Where(p => p.Kind == JourneyKind.Onboarding && p.Status == PlanStatus.Completed)
            .Select(p => new { p.Id, p.EmployeeId, p.EndedAtUtc, Answered = p.CheckIns.Count(c => c.SubmittedAtUtc != null), p.CheckIns.Count })
            .FirstAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var profile = await hr.GetStringAsync($"/employees/{past.EmployeeId}");
        var line = Regex.Match(profile, $@"<li id=""profile-plan-{past.Id}"">(.*?)</li>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"href=\"/onboarding/plans/{past.Id}\"", line);
        Assert.Matches($"completed on [^<]*{past.EndedAtUtc!.Value.Year}", line);
        // Three years of journeys: each of them asked and answered every check-in.
        Assert.Equal(past.Count, past.Answered);
        Assert.Contains("100", await hr.GetStringAsync($"/onboarding/plans/{past.Id}"));
    }

    [Fact]
    public async Task Should_list_the_completed_plans_latest_first_and_none_running_when_hr_filters_the_overview_by_status()
    {
        var plans = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().AsNoTracking().Select(p => new { p.Id, p.Status, p.AnchorDate }).ToListAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await hr.GetStringAsync("/onboarding/plans?status=Completed");

        var shown = Regex.Matches(page, @"<tr id=""plan-(\d+)""").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var latestCompleted = plans.Where(p => p.Status == PlanStatus.Completed).OrderByDescending(p => p.AnchorDate).ThenByDescending(p => p.Id)
            .Take(ListPlans.PageSize).Select(p => p.Id).ToList();
        Assert.Equal(latestCompleted, shown);
        Assert.Contains("<h1 class=\"h3 mb-0\">Completed plans</h1>", page);
        Assert.Contains("href=\"/onboarding/plans?status=Completed&amp;page=2\"", page);
        Assert.DoesNotContain(plans.Where(p => p.Status == PlanStatus.Running), p => shown.Contains(p.Id));
    }

    [Fact]
    public async Task Should_refuse_a_second_running_plan_of_the_same_kind_when_hr_starts_one()
    {
        var hire = await ColleagueWithoutPlanAsync();
        await PlantPlanAsync(hire.Id, null, Today, new PlantTask("Already running", TaskOwner.Hr, 0, null));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var page = $"/onboarding/plans/new?employeeId={hire.Id}&kind=Onboarding";

        var form = await hr.GetStringAsync(page);
        var response = await hr.PostFormAsync(page, "/onboarding/plans/new", new()
        {
            ["EmployeeId"] = hire.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Kind"] = "Onboarding",
            ["AnchorDate"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var after = await hr.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("id=\"plan-already-running\"", form);
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<JourneyPlan>().CountAsync(p => p.EmployeeId == hire.Id && p.Status == PlanStatus.Running)));
        Assert.Contains("already has an onboarding plan running", after);
    }

    [Fact]
    public async Task Should_start_a_plan_with_the_chosen_buddy_when_hr_starts_one_for_anyone()
    {
        var person = await ColleagueWithoutPlanAsync();
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var page = $"/onboarding/plans/new?employeeId={person.Id}&kind=Offboarding";
        var fields = await hr.FormFieldsAsync(page);
        fields["AnchorDate"] = Today.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await hr.PostFormAsync(page, "/onboarding/plans/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().AsNoTracking().SingleAsync(p => p.EmployeeId == person.Id));
        Assert.Equal((JourneyKind.Offboarding, Today.AddDays(20)), (plan.Kind, plan.AnchorDate));
        Assert.EndsWith($"/onboarding/plans/{plan.Id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Should_highlight_overdue_tasks_on_the_home_card_in_the_same_number_of_queries_however_many_there_are()
    {
        var me = await IdOfAsync(DemoPeople.Employee);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var hire = await ColleagueWithoutPlanAsync();
        var planted = await PlantPlanAsync(hire.Id, me, Today.AddDays(-10), new PlantTask("Long overdue welcome", TaskOwner.Buddy, 0, me));
        var few = await CommandsForAsync(client, "/");

        for (var i = 0; i < 4; i++)
            await PlantPlanAsync((await ColleagueWithoutPlanAsync()).Id, me, Today.AddDays(i), new PlantTask($"Buddy task {i}", TaskOwner.Buddy, 1, me),
                new PlantTask($"Second buddy task {i}", TaskOwner.Buddy, 2, me));
        var many = await CommandsForAsync(client, "/");
        var home = await client.GetStringAsync("/");

        Assert.Equal(few, many);
        Assert.Contains("id=\"onboarding-tasks-card\"", home);
        Assert.Matches($"id=\"card-task-{planted.Tasks["Long overdue welcome"]}\"\\s+data-overdue=\"true\"", home);
    }

    [Fact]
    public async Task Should_read_the_running_plans_in_one_query_when_hr_opens_the_overview_with_many_plans()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        await PlantPlanAsync((await ColleagueWithoutPlanAsync()).Id, null, Today.AddDays(-3), new PlantTask("Overdue for the overview", TaskOwner.Hr, 0, null));
        var few = await CommandsForAsync(hr, "/onboarding/plans");
        var planReads = portal.Commands.Texts.Count(t => t.Contains("\"JourneyPlans\"", StringComparison.Ordinal));
        for (var i = 0; i < 30; i++)
            await PlantPlanAsync((await ColleagueWithoutPlanAsync()).Id, null, Today.AddDays(i), new PlantTask($"Overview task {i}", TaskOwner.Hr, 0, null),
                new PlantTask($"Other overview task {i}", TaskOwner.Hr, -1, null));
        var many = await CommandsForAsync(hr, "/onboarding/plans");
        var page = await hr.GetStringAsync("/onboarding/plans?kind=Onboarding");

        Assert.Equal(1, planReads);
        Assert.Equal(few, many);
        Assert.Contains("id=\"plans-next\"", page);
        Assert.Matches("data-overdue=\"[1-9]", page);
    }

    [Fact]
    public async Task Should_remind_each_assignee_of_tasks_due_soon_or_overdue_in_one_digest_when_the_job_runs_twice()
    {
        var me = await IdOfAsync(DemoPeople.Employee);
        var hire = await ColleagueWithoutPlanAsync();
        var planted = await PlantPlanAsync(hire.Id, me, Today, new PlantTask("Reminder overdue", TaskOwner.Buddy, -3, me),
            new PlantTask("Reminder due soon", TaskOwner.Buddy, 1, me), new PlantTask("Reminder far away", TaskOwner.Buddy, 40, me));

        var items = await portal.AsUserAsync(null, sp => sp.GetServices<IReminderSource>().OfType<PlanTaskReminders>().Single()
            .RemindersForAsync(Today, CancellationToken.None));
        for (var run = 0; run < 2; run++)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SendReminderDigestsJob>().RunAsync(CancellationToken.None);
        }

        var mine = items.Where(i => i.Link!.StartsWith($"/onboarding/plans/{planted.PlanId}#", StringComparison.Ordinal)).ToList();
        Assert.Equal(["false", "true"], mine.Select(i => i.Arguments["overdue"]).Order());
        Assert.DoesNotContain(mine, i => i.Arguments["task"] == "Reminder far away");
        var meUser = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == me).Select(e => e.UserId).SingleAsync());
        var digest = await portal.QueryDbAsync(db => db.Set<ReminderDigest>().Where(d => d.UserId == meUser && d.Day >= Today.AddDays(-1)).ToListAsync());
        Assert.Single(digest);
        Assert.Contains("Reminder due soon", digest[0].Items);
    }

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        await client.GetStringAsync(url);
        portal.Commands.Reset();
        await client.GetStringAsync(url);
        return portal.Commands.Count;
    }
}
