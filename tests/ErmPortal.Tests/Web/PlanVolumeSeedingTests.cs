using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Onboarding;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Onboarding.Plans;
using ErmPortal.Web.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The demo portal seeded with running plans at volume, as `seed --onboarding-plans 60` asks, small enough to be quick.</summary>
public class PlanVolumePortalFactory : CountingPortalFactory
{
    public const int Plans = 60;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(PlanVolumeData.Volume.Setting, $"{Plans}");
    }
}

/// <summary>
/// What the benchmark measures is there: the running plans asked for, onboarding and offboarding, at various stages, some
/// overdue and a few flagged, and HR's overview shows them a page at a time in the same few commands at any volume.
/// </summary>
public class PlanVolumeSeedingTests(PlanVolumePortalFactory portal) : IClassFixture<PlanVolumePortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    /// <summary>
    /// At most the running plans the demo data starts by itself (<see cref="PlanDemoData"/>): the joiners, the newest hires
    /// not yet done and the colleagues about to leave.
    /// </summary>
    private const int DemoPlans = 8;

    private record Plan(int Id, JourneyKind Kind, DateOnly AnchorDate, int? BuddyId, int Tasks, int Done, int Overdue, int Answered, bool Flagged);

    private Task<List<Plan>> RunningPlansAsync() => portal.QueryDbAsync(db => db.Set<JourneyPlan>()
        .Where(p => p.Status == PlanStatus.Running)
        .Select(p => new Plan(p.Id, p.Kind, p.AnchorDate, p.BuddyId, p.Tasks.Count, p.Tasks.Count(t => t.CompletedAtUtc != null),
            p.Tasks.Count(t => t.CompletedAtUtc == null && t.DueDate < Today), p.CheckIns.Count(c => c.SubmittedAtUtc != null), p.CheckIns.Any(c => c.Flagged)))
        .ToListAsync());

    [Fact]
    public async Task Should_write_the_running_plans_asked_for_with_progress_overdue_tasks_and_flags_when_seeding_at_volume()
    {
        var plans = await RunningPlansAsync();
        var running = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.Status == PlanStatus.Running).Select(p => p.EmployeeId).ToListAsync());
        var leaving = (int)Math.Round(PlanVolumePortalFactory.Plans * PlanVolumeData.OffboardingShare);

        // Beside the demo's own few running plans (two of them offboarding: the demo's two coming departures), the number
        // asked for, one per person.
        Assert.InRange(plans.Count, PlanVolumePortalFactory.Plans, PlanVolumePortalFactory.Plans + DemoPlans);
        Assert.Equal(running.Count, running.Distinct().Count());
        Assert.InRange(plans.Count(p => p.Kind == JourneyKind.Offboarding), leaving, leaving + 2);
        Assert.All(plans.Where(p => p.Kind == JourneyKind.Onboarding), p => Assert.NotNull(p.BuddyId));
        // Anchors spread over the window, every plan with its template's tasks, some done, none complete.
        Assert.Contains(plans, p => p.AnchorDate < Today.AddDays(-PlanVolumeData.DaysBack / 2));
        Assert.Contains(plans, p => p.AnchorDate > Today.AddDays(PlanVolumeData.DaysAhead / 3));
        Assert.All(plans, p => Assert.True(p.Tasks > 0 && p.Done < p.Tasks, $"plan {p.Id}: {p.Done} of {p.Tasks} done"));
        Assert.True(plans.Where(p => p.AnchorDate < Today.AddDays(-30)).Average(p => (double)p.Done / p.Tasks)
                    > plans.Where(p => p.AnchorDate > Today).Average(p => (double)p.Done / p.Tasks), "earlier plans are further on");
        Assert.True(plans.Count(p => p.Overdue > 0) > DemoPlans, "some of the plans have overdue tasks");
        Assert.True(plans.Count(p => p.Answered > 0) > DemoPlans, "some of the new hires answered their check-ins");
        // A few answers are low.
        Assert.Contains(plans, p => p.Flagged);
    }

    [Fact]
    public async Task Should_show_the_plans_a_page_at_a_time_with_overdue_counts_and_flags_in_as_many_commands_on_every_page_when_seeded_at_volume()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var plans = await RunningPlansAsync();
        var flagged = plans.Where(p => p.Flagged).MinBy(p => (p.AnchorDate, p.Id))!;
        var pageOfFlagged = 1 + plans.OrderBy(p => p.AnchorDate).ThenBy(p => p.Id).ToList().FindIndex(p => p.Id == flagged.Id) / ListPlans.PageSize;
        var department = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.Id == flagged.Id).Select(p => p.Employee.DepartmentId).SingleAsync());

        var first = await CommandsForAsync(hr, "/onboarding/plans");
        var flaggedPage = await hr.GetStringAsync($"/onboarding/plans?page={pageOfFlagged}");
        var second = await CommandsForAsync(hr, "/onboarding/plans?page=2");
        var filtered = await CommandsForAsync(hr, $"/onboarding/plans?departmentId={department}&kind=Onboarding");
        var firstPage = await hr.GetStringAsync("/onboarding/plans");

        Assert.Equal(ListPlans.PageSize, Regex.Matches(firstPage, "<tr id=\"plan-\\d+\"").Count);
        Assert.Contains("id=\"plans-next\"", firstPage);
        Assert.Matches("data-overdue=\"[1-9]", firstPage);
        Assert.Matches($"<tr id=\"plan-{flagged.Id}\">[\\s\\S]*?data-flagged=\"[1-9]", flaggedPage);
        Assert.Equal(first, second);
        Assert.Equal(first, filtered);
    }

    [Theory]
    [InlineData("/onboarding/plans")]
    [InlineData("/onboarding/plans?page=2")]
    [InlineData("/onboarding/plans?kind=Offboarding")]
    [InlineData("/onboarding/plans?departmentId={department}")]
    public async Task Should_read_a_page_of_plans_in_anchor_order_and_count_each_ones_tasks_by_seeking_its_own_when_hr_opens_the_overview(string url)
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var department = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.Status == PlanStatus.Running)
            .GroupBy(p => p.Employee.DepartmentId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        await CommandsForAsync(hr, url.Replace("{department}", $"{department}", StringComparison.Ordinal));

        var overview = portal.Commands.Captured.Single(c => c.Text.Contains("FROM \"JourneyPlans\"", StringComparison.Ordinal));
        var plan = QueryPlans.Of(portal.DatabasePath, overview);

        var why = $"{overview.Text}\n-- plan:\n{string.Join("\n", plan)}";
        Assert.True(!QueryPlans.FullScans(overview.Text, plan).Any(), "reads a whole table:\n" + why);
        // The page's own rows are put back in order after their joins; every running plan is not sorted to find them.
        Assert.True(plan.Count(line => line.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)) <= 1, "sorts every running plan:\n" + why);
        // Each row's counts of done, open and overdue tasks: a seek on that plan's own tasks in an index that holds them all.
        var tasks = Regex.Matches(overview.Text, "FROM \"JourneyPlanTasks\" AS \"(\\w+)\"").Select(m => $"SEARCH {m.Groups[1].Value} ").ToList();
        Assert.NotEmpty(tasks);
        Assert.All(plan.Where(line => tasks.Any(line.StartsWith)), line => Assert.Matches(@"USING COVERING INDEX \S+ \(PlanId=\?", line));
    }

    [Fact]
    public async Task Should_refuse_an_option_no_module_reads_before_writing_anything_when_seeding()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => OrganisationSeeder.SeedFreshDatabaseAsync(portal.Services, 100, ["OnboardingPlan"]));

        Assert.StartsWith("seed has no option --onboarding-plan; its options are --employees", refused.Message);
        Assert.Contains("--onboarding-plans", refused.Message);
    }

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }
}
