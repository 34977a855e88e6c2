using System.Globalization;
using System.Net;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Preferences;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class TimelineTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static TimelineEntry Marker(int subjectId, string text, TimelineAudience audience, DateTime? atUtc = null,
        string? role = null, int? employeeId = null) => new()
    {
        SubjectType = TimelineSubjects.Employee, SubjectId = subjectId, Kind = "legacy", Audience = audience, AudienceRole = role, AudienceEmployeeId = employeeId,
        Arguments = new TimelineArguments().With("text", text), OccurredAtUtc = atUtc ?? DateTime.UtcNow.AddMinutes(-1),
    };

    private async Task AddAsync(params TimelineEntry[] entries) =>
        await portal.QueryDbAsync(async db => { db.Set<TimelineEntry>().AddRange(entries); return await db.SaveChangesAsync(); });

    [Fact]
    public async Task Should_show_each_entry_only_to_its_audience_when_people_around_the_person_read_the_timeline()
    {
        var relations = await Relations.FindAsync(portal);
        var managerId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.ManagerId!.Value).SingleAsync());
        await AddAsync(
            Marker(relations.TargetId, "marker-everyone", TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr),
            Marker(relations.TargetId, "marker-person-and-hr", TimelineAudience.Subject | TimelineAudience.Hr),
            Marker(relations.TargetId, "marker-managers", TimelineAudience.ManagerChain | TimelineAudience.Hr),
            Marker(relations.TargetId, "marker-hr-only", TimelineAudience.Hr),
            Marker(relations.TargetId, "marker-managers-role", TimelineAudience.None, role: Roles.Manager),
            Marker(relations.TargetId, "marker-direct-manager", TimelineAudience.None, employeeId: managerId));

        var expected = new Dictionary<Viewer, string[]?>
        {
            [Viewer.Self] = ["marker-everyone", "marker-person-and-hr"],
            [Viewer.Manager] = ["marker-everyone", "marker-managers", "marker-managers-role", "marker-direct-manager"],
            [Viewer.SkipLevelManager] = ["marker-everyone", "marker-managers", "marker-managers-role"],
            [Viewer.Hr] = ["marker-everyone", "marker-person-and-hr", "marker-managers", "marker-hr-only"],
            [Viewer.Admin] = null,
            [Viewer.Peer] = null,
        };
        string[] all = ["marker-everyone", "marker-person-and-hr", "marker-managers", "marker-hr-only", "marker-managers-role", "marker-direct-manager"];
        foreach (var (viewer, markers) in expected)
        {
            var client = await relations.ClientAsync(portal, viewer);
            var response = await client.GetAsync($"/employees/{relations.TargetId}/timeline");
            if (markers is null)
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                continue;
            }
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(markers.Order().SequenceEqual(all.Where(page.Contains).Order()), $"{viewer} saw {string.Join(", ", all.Where(page.Contains))}");
            // The profile's latest entries are filtered the same way.
            var profile = await client.GetStringAsync($"/employees/{relations.TargetId}");
            Assert.True(markers.Order().SequenceEqual(all.Where(profile.Contains).Order()), $"{viewer} saw on the profile {string.Join(", ", all.Where(profile.Contains))}");
        }
    }

    private async Task<(HttpClient Client, int EmployeeId, string Email)> SomeoneAsync(int skip)
    {
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail != DemoPeople.Employee && e.ManagerId != null && !e.DirectReports.Any())
            .OrderByDescending(e => e.Id).Skip(skip).Select(e => new { e.Id, e.WorkEmail }).FirstAsync());
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        return (await portal.SignedInClientAsync(person.WorkEmail), person.Id, person.WorkEmail);
    }

    [Fact]
    public async Task Should_tell_the_timeline_in_persian_at_tehran_time_when_the_person_chooses_so_in_preferences()
    {
        var (client, id, email) = await SomeoneAsync(0);
        var noon = new DateTime(2025, 1, 10, 12, 0, 0, DateTimeKind.Utc);
        await AddAsync(Marker(id, "marker-at-noon", TimelineAudience.Subject, noon));
        Assert.Contains("Time zone", await client.GetStringAsync("/me/preferences"));

        var saved = await client.PostFormAsync("/me/preferences", "/me/preferences", new() { ["Culture"] = "fa", ["TimeZoneId"] = "Asia/Tehran" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var user = await portal.QueryDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal(("fa", "Asia/Tehran"), (user.PreferredCulture, user.TimeZoneId));
        var page = await client.GetStringAsync($"/employees/{id}/timeline");
        var persian = ViewerFormat.WithNativeCalendar(CultureInfo.GetCultureInfo("fa"));
        Assert.Contains(new DateTime(2025, 1, 10, 15, 30, 0).ToString("g", persian), page); // 12:00 UTC is 15:30 in Tehran
        Assert.Contains("به‌عنوان", page); // the hire, in Persian
        Assert.DoesNotContain("Joined as", page);
    }

    [Fact]
    public async Task Should_refuse_a_time_zone_that_is_not_in_the_list()
    {
        var (client, _, email) = await SomeoneAsync(1);
        var response = await client.PostFormAsync("/me/preferences", "/me/preferences", new() { ["Culture"] = "en", ["TimeZoneId"] = "Mars/Olympus" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a time zone from the list.", await response.Content.ReadAsStringAsync());
        Assert.Null(await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TimeZoneId).SingleAsync()));
    }

    [Fact]
    public async Task Should_keep_the_language_on_the_account_when_the_footer_picker_is_used_while_signed_in()
    {
        var (client, _, email) = await SomeoneAsync(2);
        var response = await client.PostFormAsync("/", "/culture", new() { ["culture"] = "zh-Hans", ["returnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("zh-Hans", await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PreferredCulture).SingleAsync()));
    }

    [Fact]
    public async Task Should_give_the_demo_organisation_three_years_of_history_when_it_is_seeded()
    {
        var seeded = await portal.QueryDbAsync(db => db.Set<TimelineEntry>().Where(t => t.Kind != "legacy")
            .Select(t => new { t.Kind, t.OccurredAtUtc, t.Arguments }).ToListAsync());
        var people = await portal.QueryDbAsync(db => db.Employees.CountAsync());
        // Read after the first query: the portal seeds when it starts, which may be that query.
        var now = DateTime.UtcNow;

        Assert.Equal(people, seeded.Count(t => t.Kind == "hired"));
        foreach (var kind in new[] { "job-changed", "status-changed", "profile-updated", "change-request" })
        {
            var ofKind = seeded.Where(t => t.Kind == kind).ToList();
            Assert.True(ofKind.Count >= 10, $"{ofKind.Count} {kind}");
            Assert.True(ofKind.Min(t => t.OccurredAtUtc) < now.AddYears(-2), $"{kind} starts {ofKind.Min(t => t.OccurredAtUtc)}");
        }
        Assert.All(seeded, t => Assert.True(t.OccurredAtUtc < now, $"{t.Kind} at {t.OccurredAtUtc}"));
        // Each hire and the end of its onboarding are as old as the person's time here; the rest is the last three years.
        Assert.All(seeded.Where(t => t.Kind != "hired" && t.Arguments.Text("from") != "Onboarding"), t => Assert.True(t.OccurredAtUtc >= now.AddYears(-3).AddDays(-1), $"{t.Kind} at {t.OccurredAtUtc}"));
        Assert.All(seeded.Where(t => t.Kind == "hired"), t => Assert.NotNull(t.Arguments.Text("position")));
    }
}
