using System.Globalization;
using System.Net;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>A year of goals, the list of 1:1s and a meeting's page read as many SQL commands for many rows as for one.</summary>
public class GoalsAndOneOnOnesQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    /// <summary>Goals of the target in 2033, each aligned to the first and with two check-ins.</summary>
    private Task<int> PlantGoalsAsync(int employeeId, int count) => portal.QueryDbAsync(async db =>
    {
        var first = await db.Set<PerformanceGoal>().Where(g => g.EmployeeId == employeeId && g.TargetDate.Year == 2033).OrderBy(g => g.Id).FirstOrDefaultAsync();
        for (var i = 0; i < count; i++)
        {
            var goal = new PerformanceGoal
            {
                EmployeeId = employeeId, Title = $"Counted goal {i}", TargetDate = new DateOnly(2033, 3, 1).AddDays(i), Weight = 10, CreatedAtUtc = DateTime.UtcNow,
                AlignedToGoal = first,
            };
            db.Add(goal);
            db.AddRange(Enumerable.Range(0, 2).Select(c => new GoalCheckIn
            {
                Goal = goal, Progress = 10 * c, Status = PerformanceGoalStatus.OnTrack, AuthorId = employeeId, Comment = "Counted", CheckedInAtUtc = DateTime.UtcNow,
            }));
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>Meetings of the target with their manager, in 2033, each with agenda and action items; the id of the last.</summary>
    private Task<int> PlantMeetingsAsync(Relations relations, int count) => portal.QueryDbAsync(async db =>
    {
        var managerId = await db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.ManagerId!.Value).SingleAsync();
        var meetings = Enumerable.Range(0, count).Select(i => new OneOnOne
        {
            ManagerId = managerId, EmployeeId = relations.TargetId, ScheduledAtUtc = new DateTime(2033, 1, 2, 9, 0, 0, DateTimeKind.Utc).AddDays(i * 7),
            CreatedAtUtc = DateTime.UtcNow,
            AgendaItems = [new OneOnOneAgendaItem { Text = "Counted topic", AddedById = managerId, AddedAtUtc = DateTime.UtcNow }],
            ActionItems = [new OneOnOneActionItem { Text = "Counted action", OwnerId = relations.TargetId, DueOn = new DateOnly(2033, 12, 1) }],
        }).ToList();
        db.AddRange(meetings);
        await db.SaveChangesAsync();
        return meetings[^1].Id;
    });

    [Fact]
    public async Task Should_send_as_many_commands_for_a_year_of_many_goals_as_for_one_when_the_manager_reads_them()
    {
        var relations = await Relations.FindAsync(portal);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var url = $"/reviews/goals/{Id(relations.TargetId)}?year=2033";
        await PlantGoalsAsync(relations.TargetId, 1);
        var one = await CommandsForAsync(manager, url);
        await PlantGoalsAsync(relations.TargetId, 12);

        Assert.Equal(one, await CommandsForAsync(manager, url));
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_many_meetings_as_for_one_on_the_list_and_a_meetings_page()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var few = await PlantMeetingsAsync(relations, 1);
        var list = await CommandsForAsync(self, "/reviews/one-on-ones");
        var page = await CommandsForAsync(self, $"/reviews/one-on-ones/{Id(few)}");
        // Many meetings before the last, each with an open action item carried to it.
        var many = await PlantMeetingsAsync(relations, 15);

        Assert.Equal(list, await CommandsForAsync(self, "/reviews/one-on-ones"));
        Assert.Equal(page, await CommandsForAsync(self, $"/reviews/one-on-ones/{Id(many)}"));
    }
}
