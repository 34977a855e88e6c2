using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>The one resolver of how a viewer stands to people: what it answers, and what it costs.</summary>
public class ViewerRelationsTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private Task<EmployeeRelation> RelationAsync(string? viewerEmail, int employeeId) =>
        portal.AsUserAsync(viewerEmail, sp => sp.GetRequiredService<ViewerRelations>().OfAsync(employeeId, CancellationToken.None));

    [Fact]
    public async Task Should_tell_the_direct_manager_from_the_rest_of_the_chain_when_resolving_a_relation()
    {
        var relations = await Relations.FindAsync(portal);
        var target = relations.TargetId;

        Assert.Equal(EmployeeRelation.Peer | EmployeeRelation.ManagerChain | EmployeeRelation.DirectManager,
            await RelationAsync(relations.Emails[Viewer.Manager], target));
        Assert.Equal(EmployeeRelation.Peer | EmployeeRelation.ManagerChain, await RelationAsync(relations.Emails[Viewer.SkipLevelManager], target));
        Assert.Equal(EmployeeRelation.Peer | EmployeeRelation.Self, await RelationAsync(relations.Emails[Viewer.Self], target));
        Assert.Equal(EmployeeRelation.Peer, await RelationAsync(relations.Emails[Viewer.Peer], target));
        Assert.Equal(EmployeeRelation.Peer | EmployeeRelation.Hr, await RelationAsync(relations.Emails[Viewer.Hr], target));
        Assert.Equal(EmployeeRelation.None, await RelationAsync(null, target));
        // Nobody manages their own manager.
        var managerId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == target).Select(e => e.ManagerId!.Value).SingleAsync());
        Assert.Equal(EmployeeRelation.Peer, await RelationAsync(relations.Emails[Viewer.Self], managerId));
    }

    [Fact]
    public async Task Should_resolve_a_page_of_people_in_one_query_and_remember_them_for_the_request()
    {
        var page = await portal.QueryDbAsync(db => db.Employees.OrderBy(e => e.Id).Select(e => e.Id).Take(24).ToListAsync());
        var (commands, again, managed) = await portal.AsUserAsync(DemoPeople.Manager, async sp =>
        {
            var resolver = sp.GetRequiredService<ViewerRelations>();
            portal.Commands.Reset();
            var all = await resolver.OfManyAsync(page, CancellationToken.None);
            var first = portal.Commands.Count;
            portal.Commands.Reset();
            await resolver.OfAsync(page[5], CancellationToken.None);
            return (first, portal.Commands.Count, all.Count(r => r.Value.HasFlag(EmployeeRelation.ManagerChain)));
        });

        Assert.Equal(1, commands);
        Assert.Equal(0, again);
        // The first ids include people below the demo manager and people who are not.
        var expected = 0;
        foreach (var id in page)
            if ((await RelationAsync(DemoPeople.Manager, id)).HasFlag(EmployeeRelation.ManagerChain)) expected++;
        Assert.Equal(expected, managed);
    }

    [Fact]
    public async Task Should_walk_no_reporting_line_when_a_directory_page_and_its_photos_are_served()
    {
        // Everyone on the first directory page gets a photo.
        var key = await portal.AsUserAsync(null, sp => sp.GetRequiredService<IFileStorage>()
            .SaveAsync(new MemoryStream(PhotoTests.Png), "photos", ".png", CancellationToken.None));
        await portal.QueryDbAsync(db => db.Employees.ExecuteUpdateAsync(s => s.SetProperty(e => e.PhotoKey, key)));
        var client = await portal.SignedInClientAsync(DemoPeople.Manager);

        portal.Commands.Reset();
        var directory = await client.GetStringAsync("/directory");
        var photos = Regex.Matches(directory, "src=\"(/employees/\\d+/photo)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var photo in photos)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(photo)).StatusCode);

        Assert.Equal(24, photos.Count);
        // A walk up reporting lines follows ManagerId recursively (the directory's list of skills recurses too, over skill names).
        Assert.DoesNotContain(portal.Commands.Texts, sql => sql.Contains("RECURSIVE", StringComparison.OrdinalIgnoreCase)
                                                           && sql.Contains("ManagerId", StringComparison.Ordinal));
        // One read of the photo's key and one of the viewer's session per photo, and a handful for the page itself.
        Assert.InRange(portal.Commands.Count, photos.Count, 2 * photos.Count + 15);
    }

    [Fact]
    public async Task Should_count_the_whole_subtree_and_refuse_a_loop_in_one_query_each()
    {
        var relations = await Relations.FindAsync(portal);
        var skipLevelId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync());
        var everyoneBelow = await portal.QueryDbAsync(async db =>
        {
            var all = await db.Employees.Select(e => new { e.Id, e.ManagerId }).ToListAsync();
            var below = new HashSet<int>();
            var frontier = new List<int> { skipLevelId };
            while (frontier.Count > 0)
            {
                frontier = all.Where(e => e.ManagerId is { } m && frontier.Contains(m) && below.Add(e.Id)).Select(e => e.Id).ToList();
            }
            return below.Count;
        });

        var (size, loop, noLoop, commands) = await portal.AsUserAsync(null, async sp =>
        {
            var lines = sp.GetRequiredService<ReportingLines>();
            portal.Commands.Reset();
            var size = await sp.GetRequiredService<ErmPortal.Data.ErmDbContext>().Below(skipLevelId).CountAsync();
            var loop = await lines.WouldCreateCycleAsync(skipLevelId, relations.TargetId, CancellationToken.None);
            var noLoop = await lines.WouldCreateCycleAsync(relations.TargetId, skipLevelId, CancellationToken.None);
            return (size, loop, noLoop, portal.Commands.Count);
        });

        Assert.Equal(everyoneBelow, size);
        Assert.True(loop, "the skip-level manager reporting to someone below them is a loop");
        Assert.False(noLoop);
        Assert.Equal(3, commands);
    }
}
