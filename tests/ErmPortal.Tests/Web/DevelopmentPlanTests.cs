using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Notifications;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Learning.Development;
using ErmPortal.Web.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>A person and their manager agree a development plan; both comment; those above and HR read it, nobody else.</summary>
public class DevelopmentPlanTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string VersionOn(string page) => Regex.Match(page, "name=\"version\" value=\"([^\"]+)\"", RegexOptions.IgnoreCase).Groups[1].Value;

    private Task<int> NotificationsAsync(string email, string kind) => portal.QueryDbAsync(db =>
        db.Set<Notification>().CountAsync(n => n.Kind == kind && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == email)));

    private static Task<HttpResponseMessage> AddGoalAsync(HttpClient client, string page, int employeeId, string version, string title) =>
        client.PostFormAsync(page, $"/learning/development/{Id(employeeId)}/goals",
            new() { ["Version"] = version, ["Title"] = title, ["Skill"] = "Forecasting", ["TargetDate"] = "2027-03-01" });

    private async Task AgreeBothAsync(Relations relations)
    {
        var url = $"/learning/development/{Id(relations.TargetId)}";
        foreach (var viewer in new[] { Viewer.Self, Viewer.Manager })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var response = await client.PostFormAsync(url, $"{url}/agree", new() { ["version"] = VersionOn(await PageAsync(client, url)) });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task Should_clear_both_agreements_and_ask_the_manager_again_when_the_person_changes_an_agreed_plan()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        await AgreeBothAsync(relations);
        var before = await PageAsync(self, "/me/development");
        Assert.Contains("id=\"plan-agreed\"", before);
        var asked = await NotificationsAsync(relations.Emails[Viewer.Manager]!, DevelopmentNotifications.AgreeAgain);

        Assert.Equal(HttpStatusCode.Redirect, (await AddGoalAsync(self, "/me/development", relations.TargetId, VersionOn(before), "Own the quarterly forecast")).StatusCode);

        var after = await PageAsync(self, "/me/development");
        Assert.Contains("Own the quarterly forecast", after);
        Assert.DoesNotContain("id=\"plan-agreed\"", after);
        Assert.Contains("has still to agree", Regex.Match(after, "id=\"employee-agreement\">[^<]*").Value);
        Assert.Contains("has still to agree", Regex.Match(after, "id=\"manager-agreement\">[^<]*").Value);
        Assert.Equal(asked + 1, await NotificationsAsync(relations.Emails[Viewer.Manager]!, DevelopmentNotifications.AgreeAgain));

        // Until they agree again, both are reminded in their Monday digest, and only on Mondays.
        Task<IReadOnlyList<ReminderItem>> RemindersOn(DateOnly day) => portal.AsUserAsync(null, services =>
            services.GetServices<IReminderSource>().OfType<PlanAgreementReminders>().Single().RemindersForAsync(day, default));
        var monday = new DateOnly(2026, 11, 30);
        var users = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == relations.Emails[Viewer.Self] || u.Email == relations.Emails[Viewer.Manager])
            .ToDictionaryAsync(u => u.Email!, u => u.Id));
        var reminders = await RemindersOn(monday);
        Assert.Contains(reminders, r => r.RecipientUserId == users[relations.Emails[Viewer.Self]!] && r.Link == "/me/development");
        Assert.Contains(reminders, r => r.RecipientUserId == users[relations.Emails[Viewer.Manager]!] && r.Link == $"/learning/development/{Id(relations.TargetId)}");
        Assert.DoesNotContain(await RemindersOn(monday.AddDays(1)), r => r.Link == "/me/development");
    }

    [Fact]
    public async Task Should_refuse_a_change_and_leave_the_plan_as_it_is_when_the_form_was_opened_before_another_change()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var url = $"/learning/development/{Id(relations.TargetId)}";
        var stale = VersionOn(await PageAsync(self, "/me/development"));
        Assert.Equal(HttpStatusCode.Redirect, (await AddGoalAsync(manager, url, relations.TargetId, VersionOn(await PageAsync(manager, url)), "Manager's goal")).StatusCode);

        // The browser says which page the form was on; the refusal goes back there.
        self.DefaultRequestHeaders.Referrer = new Uri(self.BaseAddress!, "/me/development");
        var refused = await AddGoalAsync(self, "/me/development", relations.TargetId, stale, "Goal from a stale tab");
        var page = await PageAsync(self, refused.Headers.Location!.OriginalString);

        Assert.Contains("Someone else changed this plan after you opened it", page);
        Assert.DoesNotContain("Goal from a stale tab", page);
    }

    [Fact]
    public async Task Should_record_the_agreement_on_the_timeline_when_the_person_and_their_manager_both_agree()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var url = $"/learning/development/{Id(relations.TargetId)}";
        Assert.Equal(HttpStatusCode.Redirect, (await AddGoalAsync(self, "/me/development", relations.TargetId, VersionOn(await PageAsync(self, "/me/development")), "Agreed goal")).StatusCode);
        var entries = await portal.QueryDbAsync(db => db.TimelineEntries.CountAsync(t => t.SubjectId == relations.TargetId && t.Kind == DevelopmentPlanAgreedKind.Kind));

        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync("/me/development", $"{url}/agree", new() { ["version"] = VersionOn(await PageAsync(self, "/me/development")) })).StatusCode);
        var waiting = await PageAsync(manager, "/");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, $"{url}/agree", new() { ["version"] = VersionOn(await PageAsync(manager, url)) })).StatusCode);

        Assert.Contains("id=\"plans-to-agree-card\"", waiting);
        Assert.Contains("id=\"plan-agreed\"", await PageAsync(self, "/me/development"));
        Assert.Equal(entries + 1, await portal.QueryDbAsync(db => db.TimelineEntries.CountAsync(t => t.SubjectId == relations.TargetId && t.Kind == DevelopmentPlanAgreedKind.Kind)));
        Assert.Contains("Development plan agreed with their manager", await PageAsync(await relations.ClientAsync(portal, Viewer.SkipLevelManager), $"/employees/{Id(relations.TargetId)}/timeline"));
    }

    [Fact]
    public async Task Should_show_comments_from_both_sides_in_the_order_written_and_tell_the_other_side()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var url = $"/learning/development/{Id(relations.TargetId)}";
        var told = await NotificationsAsync(DemoPeople.Employee, DevelopmentNotifications.Commented);

        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync("/me/development", $"{url}/comments", new() { ["text"] = "First: may I take the course in spring?" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, $"{url}/comments", new() { ["text"] = "Second: spring works, <b>go ahead</b>." })).StatusCode);

        var raw = await (await self.GetAsync("/me/development")).Content.ReadAsStringAsync();
        var page = WebUtility.HtmlDecode(raw);
        Assert.True(page.IndexOf("First: may I take", StringComparison.Ordinal) < page.IndexOf("Second: spring works", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>go ahead</b>", raw);
        Assert.Equal(told + 1, await NotificationsAsync(DemoPeople.Employee, DevelopmentNotifications.Commented));
    }

    [Fact]
    public async Task Should_open_the_plan_for_the_manager_chain_and_hr_and_not_find_it_for_others_when_they_ask_for_someone_elses()
    {
        var relations = await Relations.FindAsync(portal);
        var url = $"/learning/development/{Id(relations.TargetId)}";
        var statuses = new Dictionary<Viewer, HttpStatusCode>();
        foreach (var viewer in new[] { Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Peer, Viewer.Admin })
            statuses[viewer] = (await (await relations.ClientAsync(portal, viewer)).GetAsync(url)).StatusCode;
        var peer = await relations.ClientAsync(portal, Viewer.Peer);
        var peerComment = await peer.PostFormAsync("/me/development", $"{url}/comments", new() { ["text"] = "Not mine to say" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses.Values);
        Assert.Equal(HttpStatusCode.NotFound, peerComment.StatusCode);
        Assert.False(await portal.QueryDbAsync(db => db.Set<DevelopmentComment>().AnyAsync(c => c.Text == "Not mine to say")));
    }

    [Fact]
    public async Task Should_let_only_the_direct_manager_agree_when_someone_further_up_tries()
    {
        var relations = await Relations.FindAsync(portal);
        var skip = await relations.ClientAsync(portal, Viewer.SkipLevelManager);
        var url = $"/learning/development/{Id(relations.TargetId)}";

        var response = await skip.PostFormAsync(url, $"{url}/agree", new() { ["version"] = VersionOn(await PageAsync(skip, url)) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
