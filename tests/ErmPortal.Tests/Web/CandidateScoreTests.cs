using System.Net;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The score on the board and with its reasons on the candidate page, for those who may read every scorecard only.</summary>
public class CandidateScoreTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<PlantedOpening> PlantAsync()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "scored");
        await portal.QueryDbAsync(async db =>
        {
            var opening = await db.Set<Opening>().SingleAsync(o => o.Id == planted.OpeningId);
            opening.RequiredSkills = "SQL, Python";
            var application = await db.Set<JobApplication>().Include(a => a.Candidate).SingleAsync(a => a.Id == planted.ApplicationIds[0]);
            application.Candidate.Skills = "sql, Excel";
            // A source without a track record, so only the skills move the score.
            application.Source = CandidateSource.Other;
            return await db.SaveChangesAsync();
        });
        return planted;
    }

    [Fact]
    public async Task Should_show_the_hiring_team_the_score_and_its_reasons_and_hide_it_from_an_interviewer()
    {
        var planted = await PlantAsync();
        var board = $"/recruitment/openings/{planted.OpeningId}/board";
        var candidate = $"/recruitment/candidates/{planted.CandidateIds[0]}";

        foreach (var who in new[] { DemoPeople.Hr, DemoPeople.Manager })
        {
            var client = await portal.SignedInClientAsync(who);
            Assert.Contains("Score 46", await client.GetStringAsync(board));
            var card = WebUtility.HtmlDecode(await client.GetStringAsync(candidate));
            Assert.Contains("Score 46", card);
            Assert.Contains("missing required skills: python", card);
            Assert.Contains("has required skills: sql", card);
            Assert.Contains($"/recruitment/applications/{planted.ApplicationIds[0]}/offer", card);
            Assert.Contains($"/recruitment/applications/{planted.ApplicationIds[0]}/interviews/new", card);
        }

        // The interviewer has not written their scorecard: the score, built on the others', stays hidden, and so does pay.
        var interviewer = await portal.SignedInClientAsync(DemoPeople.Employee);
        var theirs = await interviewer.GetStringAsync(board);
        Assert.DoesNotContain("Score 46", theirs);
        var theirCandidate = await interviewer.GetStringAsync(candidate);
        Assert.DoesNotContain("Score 46", theirCandidate);
        Assert.DoesNotContain("/offer\"", theirCandidate);
        Assert.Contains($"/recruitment/applications/{planted.ApplicationIds[0]}/scorecards", theirCandidate);
    }
}

/// <summary>The candidate page reads a repeat applicant's several applications in as many queries as one application.</summary>
public class CandidatePageQueryTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    [Fact]
    public async Task Should_read_a_candidate_with_three_applications_in_as_many_commands_as_one_with_one()
    {
        var first = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "repeat");
        var second = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "single");
        var third = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "third");
        await portal.QueryDbAsync(async db =>
        {
            var candidate = await db.Set<Candidate>().SingleAsync(c => c.Id == first.CandidateIds[0]);
            foreach (var openingId in new[] { second.OpeningId, third.OpeningId })
            {
                var opening = await db.Set<Opening>().Include(o => o.Stages).SingleAsync(o => o.Id == openingId);
                db.Add(JobApplication.Receive(opening, opening.Stages.Single(s => s.Kind == StageKind.Applied), candidate, CandidateSource.Referral, DateTime.UtcNow));
            }
            return await db.SaveChangesAsync();
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        async Task<(int Commands, string Page)> OpenAsync(int candidateId)
        {
            var url = $"/recruitment/candidates/{candidateId}";
            await hr.GetStringAsync(url);
            portal.Commands.Reset();
            var page = await hr.GetStringAsync(url);
            return (portal.Commands.Count, page);
        }

        var one = await OpenAsync(second.CandidateIds[0]);
        var three = await OpenAsync(first.CandidateIds[0]);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(three.Page, "id=\"application-\\d+-actions\"").Count);
        Assert.Equal(one.Commands, three.Commands);
    }
}
