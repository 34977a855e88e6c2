using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The SQL commands each main page sends, from the session read to the layout's badges. A budget is what the page
/// needs today: a query per row or per level of the organisation goes over it at once, on the demo's 150 people.
/// </summary>
public class PageQueryBudgetTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    /// <summary>Page, who asks, address ({deepest}: the person furthest down the organisation, {top}: the person at its top), budget.</summary>
    public static TheoryData<string, string, string, int> Pages => new()
    {
        // Each home page with an employee record reads that person's interviews (the interviewer's card), their open
        // onboarding tasks (the tasks card) and the check-ins they are asked to answer: one command each. HR's also reads
        // the documents to renew. Each reads the person's own training (certifications to renew, courses to rate), their
        // mandatory courses due (two: the items, then the courses' titles), the development plans waiting for the viewer's
        // agreement (one command) and their recommendations (four: the person, their skills, the courses with their
        // standing, colleagues' counts); managers' their team's overdue training; managers' and HR's the training requests
        // waiting for their decision and the certifications to renew of those they look after, and HR's the outside
        // training to confirm, and the running review cycles with their progress (one command). Each reads the viewer's
        // own review to work on; managers' and HR's the reviews they write; everyone's next 1:1s and the
        // 1:1 action items they owe (one command each); managers' and HR's the cycles in calibration
        // with reviews they calibrate (one command); everyone's the peer feedback they are asked for, and managers' the
        // reviews with peer nominations waiting for their approval (one command each; the demo HR person manages a team too);
        // managers' and HR's pay review of everyone below them in an open cycle, and HR's open compensation cycles (one
        // command each).
        { "HR home", DemoPeople.Hr, "/", 29 },
        { "manager home", DemoPeople.Manager, "/", 29 },
        { "employee home", DemoPeople.Employee, "/", 20 },
        { "directory search", DemoPeople.Employee, "/directory?search=Smith", 7 },
        { "employee list, page 1", DemoPeople.Hr, "/employees", 8 },
        // HR's view of a profile reads, for the modules' panels: the candidate record the person was recruited from, the
        // person's running plans, their documents, whether they are leaving (for the exit interview), and their training
        // records and their final reviews: one command each. The warnings before acting on the person are each module's own
        // read, one command each: the job lifecycle and waiting requests, a recent raise, an open HR case.
        { "360° profile", DemoPeople.Hr, "/employees/{deepest}", 20 },
        { "timeline", DemoPeople.Hr, "/employees/{deepest}/timeline", 8 },
        { "org chart of the top", DemoPeople.Employee, "/directory/org/{top}", 7 },
        { "audit log", DemoPeople.Hr, "/audit", 9 },
        { "change requests", DemoPeople.Hr, "/change-requests", 7 },
        // The catalog counts its courses, reads a page of them with their skills and next session, and the providers and skills the filters offer.
        { "course catalog", DemoPeople.Employee, "/learning/courses", 7 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Should_stay_within_its_sql_command_budget_when_a_main_page_is_shown(string page, string viewer, string address, int budget)
    {
        var organisation = await OrganisationAsync();
        var url = address.Replace("{deepest}", $"{organisation.Deepest}").Replace("{top}", $"{organisation.Top}");

        var commands = await CommandsForAsync(viewer, url);

        Assert.True(commands <= budget, $"{page} ({url}) sent {commands} SQL commands; its budget is {budget}.");
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_the_deepest_person_as_for_one_below_the_top_when_hr_opens_their_profiles()
    {
        var organisation = await OrganisationAsync();

        var nearTop = await CommandsForAsync(DemoPeople.Hr, $"/employees/{organisation.BelowTop}");
        var deepest = await CommandsForAsync(DemoPeople.Hr, $"/employees/{organisation.Deepest}");

        Assert.True(organisation.Depth >= 3, $"The demo organisation is only {organisation.Depth} levels deep.");
        Assert.Equal(nearTop, deepest);
    }

    /// <summary>The commands of the second request, so that what is read once per process (keys, caches) does not count.</summary>
    private async Task<int> CommandsForAsync(string viewer, string url)
    {
        var client = await portal.SignedInClientAsync(viewer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    private record Organisation(int Top, int BelowTop, int Deepest, int Depth);

    private async Task<Organisation> OrganisationAsync()
    {
        var managers = await portal.QueryDbAsync(db => db.Employees.Select(e => new { e.Id, e.ManagerId }).ToDictionaryAsync(e => e.Id, e => e.ManagerId));
        int DepthOf(int id) => managers[id] is { } manager ? 1 + DepthOf(manager) : 0;
        var depths = managers.Keys.ToDictionary(id => id, DepthOf);
        var deepest = depths.MaxBy(d => d.Value);
        return new Organisation(depths.First(d => d.Value == 0).Key, depths.First(d => d.Value == 1).Key, deepest.Key, deepest.Value);
    }
}
