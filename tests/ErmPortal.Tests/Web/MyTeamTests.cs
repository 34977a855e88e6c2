using System.Net;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class MyTeamTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private Task<int> IdOfAsync(string email) => portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task Should_list_indirect_reports_with_their_level_when_manager_opens_my_team()
    {
        var relations = await Relations.FindAsync(portal);
        var page = await (await portal.SignedInClientAsync(DemoPeople.Manager)).GetStringAsync("/team");
        var row = System.Text.RegularExpressions.Regex.Match(page, $"<tr id=\"member-{relations.TargetId}\">.*?</tr>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row.Success, "the manager's indirect report is not listed");
        Assert.Contains("Level 2", row.Value);
    }

    [Theory]
    [InlineData(Viewer.Peer, HttpStatusCode.NotFound)]
    [InlineData(Viewer.Self, HttpStatusCode.NotFound)]
    [InlineData(Viewer.Admin, HttpStatusCode.NotFound)]
    [InlineData(Viewer.SkipLevelManager, HttpStatusCode.OK)]
    [InlineData(Viewer.Hr, HttpStatusCode.OK)]
    public async Task Should_show_a_team_only_to_its_manager_chain_and_hr_when_someone_asks_by_id(Viewer viewer, HttpStatusCode expected)
    {
        var relations = await Relations.FindAsync(portal);
        // The team of the target's manager: the target is in it; the skip-level manager is above it.
        var teamOf = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.ManagerId!.Value).SingleAsync());
        var response = await (await relations.ClientAsync(portal, viewer)).GetAsync($"/team/{teamOf}");
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK) Assert.Contains($"id=\"member-{relations.TargetId}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_an_unknown_team_when_asked_by_hr()
    {
        var response = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetAsync("/team/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_run_the_same_number_of_commands_when_the_team_grows()
    {
        var relations = await Relations.FindAsync(portal);
        var client = await portal.SignedInClientAsync(DemoPeople.Manager);
        await client.GetStringAsync("/team");
        portal.Commands.Reset();
        var before = await client.GetStringAsync("/team");
        var commandsBefore = portal.Commands.Count;

        await portal.QueryDbAsync(async db =>
        {
            var target = await db.Employees.SingleAsync(e => e.Id == relations.TargetId);
            for (var i = 0; i < 40; i++)
            {
                var hire = Employee.Hire("Team", $"Member{i}", $"team.member{i}@erm.test", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2).AddDays(i),
                    target.DepartmentId, target.PositionId, target.LocationId, i % 2 == 0 ? target.Id : target.ManagerId, EmploymentType.FullTime);
                hire.ProbationEndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1 + i % 20);
                db.Employees.Add(hire);
            }
            return await db.SaveChangesAsync();
        });

        portal.Commands.Reset();
        var after = await client.GetStringAsync("/team");
        Assert.Equal(commandsBefore, portal.Commands.Count);
        Assert.Contains("Member0", after);
        Assert.DoesNotContain("Member0", before);
    }
}
