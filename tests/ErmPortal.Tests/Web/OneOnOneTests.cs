using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Reviews.OneOnOnes;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A manager and a direct report meet: only the two of them open the meeting, each keeps a private note the other never
/// reads, and the action items still open come back on their next meeting.
/// </summary>
public class OneOnOneTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static readonly Viewer[] Everyone = [Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin];

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The target's manager schedules a 1:1 with the target through the form, on the given day.</summary>
    private async Task<int> ScheduleAsync(Relations relations, string day)
    {
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var form = $"/reviews/one-on-ones/new?employeeId={Id(relations.TargetId)}";
        var response = await manager.PostFormAsync(form, "/reviews/one-on-ones/new",
            new() { ["EmployeeId"] = Id(relations.TargetId), ["Date"] = day, ["Time"] = "09:30" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> PostOnMeetingAsync(HttpClient client, int meetingId, string path, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/reviews/one-on-ones/{Id(meetingId)}", $"/reviews/one-on-ones/{Id(meetingId)}/{path}", fields);

    private Task<int> NotificationsAsync(string email, string kind) => portal.QueryDbAsync(db =>
        db.Set<Notification>().CountAsync(n => n.Kind == kind && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == email)));

    [Fact]
    public async Task Should_open_a_meeting_only_for_its_two_people_and_tell_everyone_else_it_does_not_exist()
    {
        var relations = await Relations.FindAsync(portal);
        var meetingId = await ScheduleAsync(relations, "2031-03-03");
        var failures = new List<string>();
        foreach (var viewer in Everyone)
        {
            var client = await relations.ClientAsync(portal, viewer);
            var expected = viewer is Viewer.Self or Viewer.Manager ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            var page = await client.GetAsync($"/reviews/one-on-ones/{Id(meetingId)}");
            if (page.StatusCode != expected) failures.Add($"{viewer} GET: {(int)page.StatusCode}");
            if (expected == HttpStatusCode.OK) continue;
            var token = await client.AntiforgeryTokenAsync("/account/password");
            var post = await client.PostAsync($"/reviews/one-on-ones/{Id(meetingId)}/agenda",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["text"] = "Sneaked in" }));
            if (post.StatusCode != HttpStatusCode.NotFound) failures.Add($"{viewer} POST: {(int)post.StatusCode}");
            // Only the direct manager schedules: the managers above, HR and Admin are told the person is not theirs to meet.
            var schedule = await client.GetAsync($"/reviews/one-on-ones/new?employeeId={Id(relations.TargetId)}");
            if (schedule.StatusCode != HttpStatusCode.NotFound) failures.Add($"{viewer} schedule: {(int)schedule.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.False(await portal.QueryDbAsync(db => db.Set<OneOnOneAgendaItem>().AnyAsync(a => a.Text == "Sneaked in")));
    }

    [Fact]
    public async Task Should_show_a_private_note_to_its_writer_only_and_to_nobody_else_anywhere()
    {
        var relations = await Relations.FindAsync(portal);
        var meetingId = await ScheduleAsync(relations, "2031-04-07");
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        const string managersNote = "Thinking of proposing a promotion in spring";
        const string personsNote = "Ask for the conference in Lisbon";
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnMeetingAsync(manager, meetingId, "private-note", new() { ["text"] = managersNote })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnMeetingAsync(self, meetingId, "private-note", new() { ["text"] = personsNote })).StatusCode);

        var managersPage = await PageAsync(manager, $"/reviews/one-on-ones/{Id(meetingId)}");
        var personsPage = await PageAsync(self, $"/reviews/one-on-ones/{Id(meetingId)}");
        Assert.Contains(managersNote, managersPage);
        Assert.DoesNotContain(personsNote, managersPage);
        Assert.Contains(personsNote, personsPage);
        Assert.DoesNotContain(managersNote, personsPage);
        // Nor anywhere else the other person or HR reads: lists, home, notifications, the timeline and the audit log.
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        foreach (var (client, note) in new[] { (self, managersNote), (manager, personsNote), (hr, managersNote), (hr, personsNote) })
        foreach (var url in new[] { "/", "/reviews/one-on-ones", "/me/notifications", $"/employees/{Id(relations.TargetId)}", $"/audit?employeeId={Id(relations.TargetId)}" })
        {
            var response = await client.GetAsync(url);
            Assert.DoesNotContain(note, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task Should_carry_an_open_action_item_to_the_next_meeting_until_it_is_done()
    {
        var relations = await Relations.FindAsync(portal);
        var first = await ScheduleAsync(relations, "2031-05-05");
        var next = await ScheduleAsync(relations, "2031-05-19");
        var self = await relations.ClientAsync(portal, Viewer.Self);
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnMeetingAsync(self, first, "action-items",
            new() { ["text"] = "Draft the migration plan", ["ownerId"] = Id(relations.TargetId), ["dueOn"] = "2031-05-12" })).StatusCode);
        var itemId = await portal.QueryDbAsync(db => db.Set<OneOnOneActionItem>().Where(a => a.Text == "Draft the migration plan").Select(a => a.Id).SingleAsync());

        var carried = await PageAsync(self, $"/reviews/one-on-ones/{Id(next)}");
        Assert.Contains("Draft the migration plan", Regex.Match(carried, "id=\"carried-over\".*?</ul>", RegexOptions.Singleline).Value);

        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnMeetingAsync(manager, next, $"action-items/{Id(itemId)}", new() { ["done"] = "true" })).StatusCode);
        Assert.DoesNotContain("Draft the migration plan", await PageAsync(self, $"/reviews/one-on-ones/{Id(next)}"));
        // The meeting it was agreed in still shows it, done.
        Assert.Contains("Draft the migration plan", await PageAsync(self, $"/reviews/one-on-ones/{Id(first)}"));
    }

    [Fact]
    public async Task Should_tell_the_report_of_the_meeting_and_the_other_person_of_an_agenda_item()
    {
        var relations = await Relations.FindAsync(portal);
        var scheduled = await NotificationsAsync(relations.Emails[Viewer.Self]!, OneOnOneNotifications.Scheduled);
        var meetingId = await ScheduleAsync(relations, "2031-06-02");
        Assert.Equal(scheduled + 1, await NotificationsAsync(relations.Emails[Viewer.Self]!, OneOnOneNotifications.Scheduled));

        var added = await NotificationsAsync(relations.Emails[Viewer.Manager]!, OneOnOneNotifications.AgendaItemAdded);
        var selfAdded = await NotificationsAsync(relations.Emails[Viewer.Self]!, OneOnOneNotifications.AgendaItemAdded);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnMeetingAsync(self, meetingId, "agenda", new() { ["text"] = "My workload in June" })).StatusCode);

        Assert.Equal(added + 1, await NotificationsAsync(relations.Emails[Viewer.Manager]!, OneOnOneNotifications.AgendaItemAdded));
        Assert.Equal(selfAdded, await NotificationsAsync(relations.Emails[Viewer.Self]!, OneOnOneNotifications.AgendaItemAdded));
        Assert.Contains("My workload in June", await PageAsync(await relations.ClientAsync(portal, Viewer.Manager), $"/reviews/one-on-ones/{Id(meetingId)}"));
    }

    [Fact]
    public async Task Should_show_what_is_missing_next_to_each_field_when_the_schedule_form_is_incomplete()
    {
        var relations = await Relations.FindAsync(portal);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var form = $"/reviews/one-on-ones/new?employeeId={Id(relations.TargetId)}";

        var response = await manager.PostFormAsync(form, "/reviews/one-on-ones/new", new() { ["EmployeeId"] = Id(relations.TargetId), ["Date"] = "", ["Time"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Date-error\"[^>]*>Day is required.", page);
        Assert.Matches("id=\"Time-error\"[^>]*>Time is required.", page);
    }

    [Fact]
    public async Task Should_keep_the_first_notes_and_refuse_the_second_when_both_save_notes_opened_on_the_same_version()
    {
        var relations = await Relations.FindAsync(portal);
        var meetingId = await ScheduleAsync(relations, "2031-07-07");
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var version = Regex.Match(await PageAsync(self, $"/reviews/one-on-ones/{Id(meetingId)}"), "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;

        Assert.Equal(HttpStatusCode.Redirect, (await PostOnMeetingAsync(manager, meetingId, "notes", new() { ["version"] = version, ["notes"] = "Manager's notes" })).StatusCode);
        var second = await PostOnMeetingAsync(self, meetingId, "notes", new() { ["version"] = version, ["notes"] = "Person's notes" });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("Manager's notes", await portal.QueryDbAsync(db => db.Set<OneOnOne>().Where(m => m.Id == meetingId).Select(m => m.SharedNotes).SingleAsync()));
        Assert.Contains("The other person saved the notes after you opened the page.", await PageAsync(self, $"/reviews/one-on-ones/{Id(meetingId)}"));
    }

    [Fact]
    public async Task Should_seed_months_of_meetings_with_action_items_for_the_demo_employee_and_their_manager()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);

        var list = await PageAsync(self, "/reviews/one-on-ones");
        var home = await PageAsync(self, "/");

        Assert.True(Regex.Matches(Regex.Match(list, "id=\"past\".*?</ul>", RegexOptions.Singleline).Value, "data-meeting-id").Count >= 6);
        Assert.Contains("id=\"next-one-on-one-card\"", home);
        Assert.Contains("id=\"action-items-due-card\"", home);
    }
}
