using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The 9-box places each person by their latest finalized review, shows a manager only the people below them and HR
/// everyone; and calibration and the 9-box send as many SQL commands for a handful of reviews as for many.
/// </summary>
public class TalentGridTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Cell(string performance, string potential) => $"/reviews/talent/cell?performance={performance}&potential={potential}";

    /// <summary>Active people with an account or not, never the HR demo person, for volume.</summary>
    private Task<List<(int Id, int DepartmentId)>> PeopleAsync(int count, int skip) => portal.QueryDbAsync(async db =>
        (await db.Employees.Where(e => e.Status != EmployeeStatus.Left && e.WorkEmail != DemoPeople.Hr).OrderBy(e => e.Id).Skip(skip).Take(count)
            .Select(e => new { e.Id, e.DepartmentId }).ToListAsync()).Select(e => (e.Id, e.DepartmentId)).ToList());

    [Fact]
    public async Task Should_place_people_by_their_latest_final_review_and_list_a_cell_only_to_those_above_them_and_hr()
    {
        var relations = await Relations.FindAsync(portal);
        var target = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => new { e.Id, e.DepartmentId }).SingleAsync());
        // Someone outside the skip-level manager's line: neither above nor below them.
        var outsider = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Status != EmployeeStatus.Left && e.WorkEmail != DemoPeople.Hr
                && e.WorkEmail == relations.Emails[Viewer.Peer]).Select(e => new { e.Id, e.DepartmentId }).SingleAsync());
        var now = DateTime.UtcNow;
        await portal.PlantCycleAsync("Talent last year", ReviewPhase.Closed,
        [
            new(target.Id, null, target.DepartmentId, PlantedState.Finalized, 1, Potential.Low, now.AddDays(-400)),
        ]);
        // The latest final reviews, later than any of the demo's.
        await portal.PlantCycleAsync("Talent this year", ReviewPhase.Closed,
        [
            new(target.Id, null, target.DepartmentId, PlantedState.Finalized, 5, Potential.High, now.AddDays(-1)),
            new(outsider.Id, null, outsider.DepartmentId, PlantedState.Finalized, 1, Potential.High, now.AddDays(-1)),
        ]);
        var skip = await relations.ClientAsync(portal, Viewer.SkipLevelManager);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        string Person(int id) => $"data-employee-id=\"{id}\"";

        var grid = await PageAsync(skip, "/reviews/talent");

        Assert.Matches("data-performance=\"High\" data-potential=\"High\" data-count=\"[1-9]", grid);
        Assert.Contains(Person(target.Id), await PageAsync(skip, Cell("High", "High")));
        Assert.DoesNotContain(Person(target.Id), await PageAsync(skip, Cell("Low", "Low")));
        Assert.DoesNotContain(Person(outsider.Id), await PageAsync(skip, Cell("Low", "High")));
        Assert.Contains(Person(outsider.Id), await PageAsync(hr, Cell("Low", "High")));
        Assert.Contains(Person(target.Id), await PageAsync(hr, Cell("High", "High") + $"&departmentId={target.DepartmentId}"));
        if (target.DepartmentId != outsider.DepartmentId)
            Assert.DoesNotContain(Person(outsider.Id), await PageAsync(hr, Cell("Low", "High") + $"&departmentId={target.DepartmentId}"));
        // The person never sees their own place; a colleague and Admin have no 9-box.
        foreach (var viewer in new[] { Viewer.Self, Viewer.Peer, Viewer.Admin })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await relations.ClientAsync(portal, viewer)).GetAsync(Cell("High", "High"))).StatusCode);
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_many_reviews_as_for_few_when_hr_opens_calibration_and_the_9_box()
    {
        var people = await PeopleAsync(62, 0);
        var (few, _) = await portal.PlantCycleAsync("Few to calibrate", ReviewPhase.Calibration,
            people.Take(2).Select(p => new PlantedReview(p.Id, null, p.DepartmentId, PlantedState.Rated, 3)).ToList());
        var (many, _) = await portal.PlantCycleAsync("Many to calibrate", ReviewPhase.Calibration,
            people.Skip(2).Select((p, i) => new PlantedReview(p.Id, null, p.DepartmentId, PlantedState.Rated, 1 + i % 5)).ToList());
        // Two final reviews in one cell, sixty in another.
        await portal.PlantCycleAsync("Few and many placed", ReviewPhase.Closed, people.Select((p, i) =>
            new PlantedReview(p.Id, null, p.DepartmentId, PlantedState.Finalized, i < 2 ? 5 : 1, i < 2 ? Potential.High : Potential.Low)).ToList());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        async Task<int> CommandsAsync(string url)
        {
            await PageAsync(hr, url);
            portal.Commands.Reset();
            await PageAsync(hr, url);
            return portal.Commands.Count;
        }

        Assert.Equal(await CommandsAsync($"/reviews/cycles/{few}/calibration"), await CommandsAsync($"/reviews/cycles/{many}/calibration"));
        Assert.Equal(await CommandsAsync($"/reviews/cycles/{few}/calibration?page=2"), await CommandsAsync($"/reviews/cycles/{many}/calibration?page=2"));
        Assert.Equal(await CommandsAsync(Cell("High", "High")), await CommandsAsync(Cell("Low", "Low")));
    }
}
