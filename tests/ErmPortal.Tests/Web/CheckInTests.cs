using System.Net;
using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Onboarding.CheckIns;
using ErmPortal.Web.Onboarding.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// At 30, 60 and 90 days the new hire and their manager each say how it is going; HR and the managers read the answers,
/// and a low one raises a flag on the timeline and with HR.
/// </summary>
public class CheckInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// An onboarding plan for the demo employee, reporting to the demo manager, whose first day was 30 days ago: the 30-day
    /// check-ins are due today.
    /// </summary>
    private async Task<(int PlanId, CheckIn Employee, CheckIn Manager)> PlanDueTodayAsync()
    {
        var planId = await portal.AsUserAsync(DemoPeople.Hr, async services =>
        {
            var db = services.GetRequiredService<ErmDbContext>();
            await db.Set<JourneyPlan>().Where(p => p.Employee.WorkEmail == DemoPeople.Employee).ExecuteDeleteAsync();
            var employee = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Employee);
            employee.ManagerId = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync();
            var plan = await services.GetRequiredService<PlanStarter>().StartAsync(employee, JourneyKind.Onboarding, Today.AddDays(-30), null, null, default);
            await db.SaveChangesAsync();
            // Today, whatever the weekend rules made of "30 days after the first day".
            foreach (var checkIn in plan.CheckIns.Where(c => c.DayMark == 30)) checkIn.DueDate = Today;
            await db.SaveChangesAsync();
            return plan.Id;
        });
        var checkIns = await portal.QueryDbAsync(db => db.Set<CheckIn>().AsNoTracking().Where(c => c.PlanId == planId && c.DayMark == 30).ToListAsync());
        return (planId, checkIns.Single(c => c.Respondent == CheckInRespondent.Employee), checkIns.Single(c => c.Respondent == CheckInRespondent.Manager));
    }

    private static Dictionary<string, string> Scores(int settled, int clarity, int support, string? comment = null) => new()
    {
        ["Settled"] = $"{settled}", ["RoleClarity"] = $"{clarity}", ["Support"] = $"{support}", ["Comment"] = comment ?? "",
    };

    [Fact]
    public async Task Should_flag_a_low_answer_on_the_timeline_and_tell_hr_when_the_new_hire_answers_their_check_in()
    {
        var (planId, mine, _) = await PlanDueTodayAsync();
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Contains($"id=\"card-check-in-{mine.Id}\"", await employee.GetStringAsync("/"));

        var page = $"/me/check-ins/{mine.Id}";
        var answered = await employee.PostFormAsync(page, page, Scores(4, 4, 2, "Nobody answers my questions about the build."));

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("id=\"check-in-answered\"", await employee.GetStringAsync(page));
        var saved = await portal.QueryDbAsync(db => db.Set<CheckIn>().AsNoTracking().SingleAsync(c => c.Id == mine.Id));
        Assert.Equal((4, 4, 2, true), (saved.Settled, saved.RoleClarity, saved.Support, saved.Flagged));
        var employeeId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync());
        var entry = await portal.QueryDbAsync(db => db.Set<TimelineEntry>().AsNoTracking()
            .SingleAsync(t => t.SubjectType == TimelineSubjects.Employee && t.SubjectId == employeeId && t.Kind == CheckInTimelineKind.KindName
                              && t.Link == $"/onboarding/plans/{planId}/check-ins"));
        Assert.Equal(TimelineAudience.ManagerChain | TimelineAudience.Hr, entry.Audience);
        var hrUser = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Hr).Select(u => u.Id).SingleAsync());
        Assert.True(await portal.QueryDbAsync(db => db.Set<Notification>().AnyAsync(n => n.RecipientUserId == hrUser && n.Kind == RecordCheckInEvents.FlaggedKind)));
        // HR's overview flags the plan, and the plan page leads to the answers.
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Contains($"href=\"/onboarding/plans/{planId}/check-ins\" class=\"badge text-bg-warning text-decoration-none\" data-flagged=\"1\"", await hr.GetStringAsync("/onboarding/plans"));
        Assert.Contains("id=\"plan-check-ins\"", await hr.GetStringAsync($"/onboarding/plans/{planId}"));
        // Answered, it leaves the home card and cannot be answered again.
        Assert.DoesNotContain($"id=\"card-check-in-{mine.Id}\"", await employee.GetStringAsync("/"));
        await employee.PostFormAsync(page, page, Scores(5, 5, 5));
        Assert.Equal(2, (await portal.QueryDbAsync(db => db.Set<CheckIn>().AsNoTracking().SingleAsync(c => c.Id == mine.Id))).Support);
    }

    [Fact]
    public async Task Should_show_the_missing_score_beside_its_question_and_save_nothing_when_an_answer_is_left_out()
    {
        var (_, mine, _) = await PlanDueTodayAsync();
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var page = $"/me/check-ins/{mine.Id}";

        var answer = await employee.PostFormAsync(page, page, new() { ["Settled"] = "4", ["RoleClarity"] = "", ["Support"] = "9" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("id=\"RoleClarity-error\"", html);
        Assert.Contains("id=\"Support-error\"", html);
        Assert.DoesNotContain("id=\"Settled-error\"", html);
        Assert.Null((await portal.QueryDbAsync(db => db.Set<CheckIn>().AsNoTracking().SingleAsync(c => c.Id == mine.Id))).SubmittedAtUtc);
    }

    [Fact]
    public async Task Should_let_only_the_person_asked_answer_and_only_hr_and_managers_read_the_answers()
    {
        var (planId, mine, managers) = await PlanDueTodayAsync();
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/me/check-ins/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/me/check-ins/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/me/check-ins/{managers.Id}")).StatusCode);
        var page = $"/me/check-ins/{managers.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(page, page, Scores(4, 3, 4, "Settling in well; pairing helps."))).StatusCode);

        var answers = $"/onboarding/plans/{planId}/check-ins";
        Assert.Contains("Settling in well; pairing helps.", await hr.GetStringAsync(answers));
        Assert.Contains("Settling in well; pairing helps.", await manager.GetStringAsync(answers));
        // The new hire wrote their own answers; the manager's are not theirs to read.
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync(answers)).StatusCode);
    }

    [Fact]
    public async Task Should_not_open_a_check_in_long_before_it_is_due()
    {
        var (_, mine, _) = await PlanDueTodayAsync();
        await portal.QueryDbAsync(db => db.Set<CheckIn>().Where(c => c.Id == mine.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DueDate, Today.AddDays(10))));
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/me/check-ins/{mine.Id}")).StatusCode);
        Assert.DoesNotContain($"id=\"card-check-in-{mine.Id}\"", await employee.GetStringAsync("/"));
    }

    [Fact]
    public async Task Should_remind_on_the_due_day_and_a_week_later_but_not_in_between_or_once_answered()
    {
        var (_, mine, managers) = await PlanDueTodayAsync();
        Task<IReadOnlyList<ReminderItem>> RemindersOn(DateOnly day) => portal.AsUserAsync(null, services =>
            services.GetServices<IReminderSource>().OfType<CheckInReminders>().Single().RemindersForAsync(day, default));
        var employeeUser = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Employee).Select(u => u.Id).SingleAsync());

        Assert.Contains(await RemindersOn(Today), r => r.RecipientUserId == employeeUser && r.Link == $"/me/check-ins/{mine.Id}");
        Assert.DoesNotContain(await RemindersOn(Today.AddDays(3)), r => r.Link == $"/me/check-ins/{mine.Id}");
        Assert.Contains(await RemindersOn(Today.AddDays(7)), r => r.Link == $"/me/check-ins/{mine.Id}");

        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var page = $"/me/check-ins/{managers.Id}";
        await manager.PostFormAsync(page, page, Scores(4, 4, 4));
        Assert.DoesNotContain(await RemindersOn(Today), r => r.Link == page);
    }

    [Fact]
    public async Task Should_show_hr_a_demo_new_hire_flagged_by_a_low_check_in_when_the_demo_is_seeded()
    {
        var flagged = await portal.QueryDbAsync(db => db.Set<CheckIn>().Where(c => c.Flagged && c.Comment != null && c.Plan.Status == PlanStatus.Running)
            .Select(c => c.PlanId).FirstAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        Assert.Contains($"href=\"/onboarding/plans/{flagged}/check-ins\" class=\"badge text-bg-warning", await hr.GetStringAsync("/onboarding/plans"));
        Assert.Contains("data-flagged", await hr.GetStringAsync($"/onboarding/plans/{flagged}/check-ins"));
    }

    [Fact]
    public async Task Should_still_ask_the_check_in_when_every_task_of_the_plan_is_done_but_not_once_hr_cancelled_it()
    {
        var (planId, mine, _) = await PlanDueTodayAsync();
        await portal.QueryDbAsync(async db =>
        {
            var plan = await db.Set<JourneyPlan>().Include(p => p.Tasks).SingleAsync(p => p.Id == planId);
            foreach (var task in plan.Tasks.Where(t => !t.IsDone)) plan.Complete(task, "test", DateTime.UtcNow);
            await db.SaveChangesAsync();
            return plan.Status;
        });
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        Assert.Contains($"id=\"card-check-in-{mine.Id}\"", await employee.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync($"/me/check-ins/{mine.Id}")).StatusCode);

        await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Cancelled)));
        Assert.DoesNotContain($"id=\"card-check-in-{mine.Id}\"", await employee.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/me/check-ins/{mine.Id}")).StatusCode);
    }

    [Fact]
    public async Task Should_show_the_demo_check_in_answers_on_the_new_hires_timeline_on_the_days_they_were_given()
    {
        var answered = await portal.QueryDbAsync(db => db.Set<CheckIn>().Where(c => c.Flagged && c.Comment != null)
            .Select(c => new { c.Plan.EmployeeId }).FirstAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var timeline = await hr.GetStringAsync($"/employees/{answered.EmployeeId}/timeline");
        Assert.Contains("check-in answered by the new hire", timeline);
        Assert.Contains("(a low answer: worth a conversation)", timeline);
        Assert.Contains("plan started, counting from", timeline);
    }
}
