using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A person and their direct manager set goals, align them to the manager's open goals and check in on them; the
/// managers above and HR read them; colleagues and Admin are told they do not exist.
/// </summary>
public class GoalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A goal of the target's, planted with a year of its own so other tests' goals stay out of the way.</summary>
    private Task<PerformanceGoal> PlantGoalAsync(int employeeId, string title, int year = 2031, PerformanceGoalStatus status = PerformanceGoalStatus.OnTrack) =>
        portal.QueryDbAsync(async db =>
        {
            var goal = new PerformanceGoal
            {
                EmployeeId = employeeId, Title = title, TargetDate = new DateOnly(year, 6, 30), Weight = 50, Progress = 10, Status = status, CreatedAtUtc = DateTime.UtcNow,
            };
            db.Add(goal);
            await db.SaveChangesAsync();
            return goal;
        });

    private Task<int> ManagerOfAsync(int employeeId) =>
        portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == employeeId).Select(e => e.ManagerId!.Value).SingleAsync());

    private static Dictionary<string, string> GoalFields(string title, int? alignedTo = null, int weight = 40) => new()
    {
        ["Title"] = title, ["Measure"] = "Shipped and signed off", ["TargetDate"] = "2031-09-30", ["Weight"] = Id(weight),
        ["AlignedToGoalId"] = alignedTo is { } a ? Id(a) : "",
    };

    [Fact]
    public async Task Should_let_the_person_and_their_direct_manager_set_goals_and_the_chain_and_hr_only_read_them()
    {
        var relations = await Relations.FindAsync(portal);
        var url = $"/reviews/goals/{Id(relations.TargetId)}";
        var failures = new List<string>();
        foreach (var viewer in new[] { Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var reads = viewer is Viewer.Self or Viewer.Manager or Viewer.SkipLevelManager or Viewer.Hr;
            var edits = viewer is Viewer.Self or Viewer.Manager;
            var page = await client.GetAsync(url);
            if (page.StatusCode != (reads ? HttpStatusCode.OK : HttpStatusCode.NotFound)) failures.Add($"{viewer} read: {(int)page.StatusCode}");
            if (reads && (await page.Content.ReadAsStringAsync()).Contains("id=\"add-goal\"") != edits) failures.Add($"{viewer}: add button wrong");
            var form = await client.GetAsync($"{url}/new");
            if (form.StatusCode != (edits ? HttpStatusCode.OK : HttpStatusCode.NotFound)) failures.Add($"{viewer} new: {(int)form.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Should_refuse_a_goal_aligned_to_anything_but_an_open_goal_of_the_manager_next_to_the_field()
    {
        var relations = await Relations.FindAsync(portal);
        var managerId = await ManagerOfAsync(relations.TargetId);
        var open = await PlantGoalAsync(managerId, "Manager's open goal");
        var closed = await PlantGoalAsync(managerId, "Manager's achieved goal", status: PerformanceGoalStatus.Achieved);
        var skipLevels = await PlantGoalAsync(await ManagerOfAsync(managerId), "Skip-level's open goal");
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var url = $"/reviews/goals/{Id(relations.TargetId)}/new";

        var form = await PageAsync(self, url);
        Assert.Contains($"value=\"{Id(open.Id)}\"", form);
        Assert.DoesNotContain($"value=\"{Id(closed.Id)}\"", form);
        foreach (var refused in new[] { closed.Id, skipLevels.Id })
        {
            var response = await self.PostFormAsync(url, url, GoalFields("Refused alignment", refused));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Matches("id=\"AlignedToGoalId-error\"[^>]*>Choose one of the manager's open goals.", page);
        }
        Assert.False(await portal.QueryDbAsync(db => db.Set<PerformanceGoal>().AnyAsync(g => g.Title == "Refused alignment")));

        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync(url, url, GoalFields("Aligned goal", open.Id))).StatusCode);
        Assert.Equal(open.Id, await portal.QueryDbAsync(db => db.Set<PerformanceGoal>().Where(g => g.Title == "Aligned goal").Select(g => g.AlignedToGoalId).SingleAsync()));
        Assert.Contains("supports “Manager's open goal”", await PageAsync(self, "/me/goals?year=2031"));
    }

    [Fact]
    public async Task Should_show_what_is_wrong_next_to_each_field_when_the_goal_form_is_invalid()
    {
        var relations = await Relations.FindAsync(portal);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var url = $"/reviews/goals/{Id(relations.TargetId)}/new";
        var fields = GoalFields("", weight: 150);
        fields["TargetDate"] = "";

        var response = await manager.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Title-error\"[^>]*>Goal is required.", page);
        Assert.Matches("id=\"TargetDate-error\"[^>]*>Target date is required.", page);
        Assert.Matches("id=\"Weight-error\"[^>]*>Give a weight from 0 to 100.", page);
    }

    [Fact]
    public async Task Should_move_the_goal_to_the_progress_and_status_of_a_check_in_when_the_manager_checks_in()
    {
        var relations = await Relations.FindAsync(portal);
        var goal = await PlantGoalAsync(relations.TargetId, "Checked-in goal");
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var page = $"/reviews/goals/{Id(relations.TargetId)}?year=2031";

        var response = await manager.PostFormAsync(page, $"/reviews/goals/{Id(relations.TargetId)}/{Id(goal.Id)}/check-ins", new()
        {
            ["version"] = goal.Version.ToString(), ["progress"] = "65", ["status"] = nameof(PerformanceGoalStatus.AtRisk), ["comment"] = "Supplier is late by a month",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.QueryDbAsync(db => db.Set<PerformanceGoal>().SingleAsync(g => g.Id == goal.Id));
        Assert.Equal((65, PerformanceGoalStatus.AtRisk), (saved.Progress, saved.Status));
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var mine = await PageAsync(self, "/me/goals?year=2031");
        Assert.Contains("Supplier is late by a month", mine);
        Assert.Contains("aria-valuenow=\"65\"", mine);
    }

    [Fact]
    public async Task Should_refuse_an_edit_or_a_check_in_and_keep_the_goal_when_it_changed_after_the_page_was_opened()
    {
        var relations = await Relations.FindAsync(portal);
        var goal = await PlantGoalAsync(relations.TargetId, "Contended goal");
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var editUrl = $"/reviews/goals/{Id(relations.TargetId)}/{Id(goal.Id)}/edit";
        var stale = await self.FormFieldsAsync(editUrl);
        var managersEdit = await manager.FormFieldsAsync(editUrl);
        managersEdit["Title"] = "Manager's wording";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(editUrl, editUrl, managersEdit)).StatusCode);

        stale["Title"] = "Person's wording";
        var edit = await self.PostFormAsync(editUrl, editUrl, stale);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("Someone else changed this goal after you opened the form.", await PageAsync(self, edit.Headers.Location!.OriginalString));
        var checkIn = await self.PostFormAsync("/me/goals?year=2031", $"/reviews/goals/{Id(relations.TargetId)}/{Id(goal.Id)}/check-ins",
            new() { ["version"] = goal.Version.ToString(), ["progress"] = "99", ["status"] = nameof(PerformanceGoalStatus.OnTrack) });

        Assert.Equal(HttpStatusCode.Redirect, checkIn.StatusCode);
        var saved = await portal.QueryDbAsync(db => db.Set<PerformanceGoal>().SingleAsync(g => g.Id == goal.Id));
        Assert.Equal(("Manager's wording", 10), (saved.Title, saved.Progress));
        Assert.False(await portal.QueryDbAsync(db => db.Set<GoalCheckIn>().AnyAsync(c => c.GoalId == goal.Id)));
    }

    [Fact]
    public async Task Should_warn_that_the_weights_do_not_add_up_when_the_years_goals_weigh_less_than_100()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        await PlantGoalAsync(relations.TargetId, "Half of 2032", year: 2032);

        var half = await PageAsync(self, "/me/goals?year=2032");
        await PlantGoalAsync(relations.TargetId, "Other half of 2032", year: 2032);
        var whole = await PageAsync(self, "/me/goals?year=2032");

        Assert.Contains("weigh 50% together; they should weigh 100%", Regex.Match(half, "id=\"weight-sum\"[^>]*>[^<]*<i[^>]*></i>[^<]*").Value);
        Assert.Contains("weigh 100% together.", Regex.Match(whole, "id=\"weight-sum\"[^>]*>[^<]*<i[^>]*></i>[^<]*").Value);
    }

    [Fact]
    public async Task Should_show_an_empty_goals_page_and_1_1_list_when_an_account_has_no_employee_record()
    {
        const string email = "no-record-goals@erm.test", password = "Goals-no-record-1!";
        await portal.CreateAccountAsync(email, password, ErmPortal.Data.Accounts.Roles.Employee);
        var client = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = email, ["Password"] = password })).StatusCode);

        Assert.Contains("id=\"no-goals\"", await PageAsync(client, "/me/goals"));
        Assert.Contains("id=\"no-upcoming\"", await PageAsync(client, "/reviews/one-on-ones"));
    }

    [Fact]
    public async Task Should_seed_three_years_of_goals_with_check_ins_aligned_to_the_managers_when_the_demo_starts()
    {
        var relations = await Relations.FindAsync(portal);
        var year = DateTime.UtcNow.Year;
        var goals = await portal.QueryDbAsync(db => db.Set<PerformanceGoal>()
            .Where(g => g.EmployeeId == relations.TargetId && g.TargetDate.Year >= year - 2 && g.TargetDate.Year <= year)
            .Select(g => new { g.TargetDate.Year, Aligned = g.AlignedToGoal != null && g.AlignedToGoal.EmployeeId == g.Employee.ManagerId, CheckIns = db.Set<GoalCheckIn>().Count(c => c.GoalId == g.Id) })
            .ToListAsync());

        Assert.Equal(3, goals.Select(g => g.Year).Distinct().Count());
        Assert.All(goals, g => Assert.True(g.Aligned));
        Assert.True(goals.Sum(g => g.CheckIns) >= goals.Count);
    }
}
