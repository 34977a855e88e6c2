using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The interviewer's pages read their interviews and scorecards in a fixed number of queries, however many there are.</summary>
public class InterviewQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    /// <summary>Interviews for the given applications with the employee on the panel, and their submitted scorecard on each.</summary>
    private Task<int[]> PlantInterviewsAsync(IEnumerable<int> applicationIds, bool withScorecards) => portal.QueryDbAsync(async db =>
    {
        var me = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync();
        var interviews = new List<Interview>();
        foreach (var id in applicationIds)
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).SingleAsync(a => a.Id == id);
            var interview = Interview.Schedule(application, me, new InterviewPlan(DateTime.UtcNow.AddDays(interviews.Count % 2 == 0 ? 2 : -2), 60, "Room", null, [me]), DateTime.UtcNow);
            db.Add(interview);
            interviews.Add(interview);
        }
        await db.SaveChangesAsync();
        if (withScorecards)
        {
            foreach (var interview in interviews)
            {
                var card = Scorecard.Start(interview, me, Scorecard.DefaultCriteria, DateTime.UtcNow);
                card.Save(Scorecard.DefaultCriteria.Select(_ => ((int?)3, (string?)"ok")).ToList(), Recommendation.Yes, "fine", submit: true, DateTime.UtcNow);
                db.Add(card);
            }
            await db.SaveChangesAsync();
        }
        return interviews.Select(i => i.Id).ToArray();
    });

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        await client.GetStringAsync(url);
        portal.Commands.Reset();
        await client.GetStringAsync(url);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_read_the_interviewers_pages_in_the_same_number_of_queries_when_their_interviews_grow()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 7, "count");
        await PlantInterviewsAsync([opening.ApplicationIds[0]], withScorecards: true);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var scorecards = $"/recruitment/applications/{opening.ApplicationIds[0]}/scorecards";
        var few = (Mine: await CommandsForAsync(employee, "/me/interviews"), Home: await CommandsForAsync(employee, "/"),
            Scorecards: await CommandsForAsync(employee, scorecards));

        await PlantInterviewsAsync(opening.ApplicationIds.Skip(1), withScorecards: true);
        await PlantInterviewsAsync(Enumerable.Repeat(opening.ApplicationIds[0], 1), withScorecards: false);
        var many = (Mine: await CommandsForAsync(employee, "/me/interviews"), Home: await CommandsForAsync(employee, "/"),
            Scorecards: await CommandsForAsync(employee, scorecards));

        Assert.Equal(few, many);
    }
}
