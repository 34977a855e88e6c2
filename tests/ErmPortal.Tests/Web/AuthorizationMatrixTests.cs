using System.Net;
using ErmPortal.Tests.Infrastructure;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Every page that shows one employee's records, as every kind of viewer. The endpoints come from the app's
/// endpoint list: a new page about an employee fails this test until its expectations are written here.
/// </summary>
public class AuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly Viewer[] Everyone = [Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin];
    private static readonly Viewer[] HrAndAdmin = [Viewer.Hr, Viewer.Admin];
    private static readonly Viewer[] TimelineReaders = [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr];

    /// <summary>Who gets the page; everyone else gets a 403 (a role gate) or a 404 (not theirs), and anonymous goes to sign-in.</summary>
    private static readonly Dictionary<string, (Viewer[] Allowed, HttpStatusCode Refusal)> Expectations = new()
    {
        ["Employees.GetEmployee"] = (Everyone, HttpStatusCode.NotFound),
        ["Employees.EditEmployee"] = (HrAndAdmin, HttpStatusCode.Forbidden),
        ["EmployeeLifecycle.TransferEmployee"] = (HrAndAdmin, HttpStatusCode.Forbidden),
        ["EmployeeLifecycle.TerminateEmployee"] = (HrAndAdmin, HttpStatusCode.Forbidden),
        ["Timeline.GetTimeline"] = (TimelineReaders, HttpStatusCode.NotFound),
        ["Directory.GetOrgChart"] = (Everyone, HttpStatusCode.NotFound),
        ["Photos.GetPhoto"] = (Everyone, HttpStatusCode.NotFound),
    };

    /// <summary>The addresses that take an employee's id.</summary>
    private static readonly string[] EmployeeIdPrefixes = ["/employees/1", "/directory/org/1"];

    private IReadOnlyList<PortalEndpoint> EmployeePages() =>
        PortalEndpoint.All(portal.Services)
            .Where(e => e.Method == "GET" && EmployeeIdPrefixes.Any(p => e.Url == p || e.Url.StartsWith(p + "/", StringComparison.Ordinal))).ToList();

    [Fact]
    public void Should_have_expectations_for_every_page_about_an_employee()
    {
        var missing = EmployeePages().Select(e => e.Action).Distinct().Where(a => !Expectations.ContainsKey(a)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Should_give_each_viewer_exactly_the_pages_their_relation_allows()
    {
        var relations = await Relations.FindAsync(portal);
        // The target has a photo, so the photo address has something to refuse or serve.
        var self = await relations.ClientAsync(portal, Viewer.Self);
        await self.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.png", "image/png", PhotoTests.Png);
        var failures = new List<string>();
        foreach (var viewer in Enum.GetValues<Viewer>())
        {
            var client = await relations.ClientAsync(portal, viewer);
            foreach (var endpoint in EmployeePages())
            {
                var prefix = EmployeeIdPrefixes.First(p => endpoint.Url == p || endpoint.Url.StartsWith(p + "/", StringComparison.Ordinal));
                var url = prefix[..^1] + relations.TargetId + endpoint.Url[prefix.Length..];
                var (allowed, refusal) = Expectations[endpoint.Action];
                var expected = viewer == Viewer.Anonymous ? HttpStatusCode.Redirect : allowed.Contains(viewer) ? HttpStatusCode.OK : refusal;
                var actual = (await client.GetAsync(url)).StatusCode;
                if (actual != expected) failures.Add($"{viewer} GET {url}: expected {(int)expected}, got {(int)actual}");
            }
        }
        Assert.Empty(failures);
    }

    public static TheoryData<string, Viewer[]> Sections => new()
    {
        // The section's element id on the profile, and who sees it.
        { "personal", [Viewer.Self, Viewer.Hr] },
        { "job", [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin] },
        { "timeline", [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr] },
        { "completeness", [Viewer.Self, Viewer.Hr] },
        { "context-warnings", [Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr] },
        { "skills", [Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin] },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Should_show_profile_section_only_to_viewers_it_is_meant_for(string section, Viewer[] allowed)
    {
        var relations = await Relations.FindAsync(portal);
        // An open request gives the managers and HR a context warning to see.
        await portal.QueryDbAsync(async db =>
        {
            var target = await db.Employees.FindAsync(relations.TargetId);
            if (!db.ChangeRequests.Any(r => r.EmployeeId == target!.Id))
                db.ChangeRequests.Add(ErmPortal.Data.Profiles.ChangeRequest.Submit(target!,
                    [new ErmPortal.Data.Profiles.ChangeRequestItem { Field = ErmPortal.Data.Profiles.SensitiveField.HomeAddress, NewValue = "Via Roma 1, Milano" }],
                    null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var failures = new List<string>();
        foreach (var viewer in Everyone)
        {
            var client = await relations.ClientAsync(portal, viewer);
            var page = await client.GetStringAsync($"/employees/{relations.TargetId}");
            var shown = page.Contains($"id=\"{section}\"", StringComparison.Ordinal);
            if (shown != allowed.Contains(viewer)) failures.Add($"{viewer}: section {section} {(shown ? "shown" : "hidden")}");
        }
        Assert.Empty(failures);
    }
}
