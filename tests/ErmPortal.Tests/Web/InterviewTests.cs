using System.Globalization;
using System.Net;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The hiring team schedules an interview, the interviewers find it on their home page and their list, take the
/// calendar invite, and write scorecards nobody reads before they should.
/// </summary>
public class InterviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    private static string NewForm(int applicationId) => $"/recruitment/applications/{applicationId}/interviews/new";

    private static Dictionary<string, string> Form(string interviewerEmails, string place, string time = "10:00") => new()
    {
        ["Date"] = Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Time"] = time, ["DurationMinutes"] = "45",
        ["MoreInterviewers"] = interviewerEmails, ["Place"] = place, ["VideoLink"] = "",
    };

    private async Task<int> ScheduleAsync(HttpClient client, int applicationId, string interviewerEmails, string place, string time = "10:00")
    {
        var response = await client.PostFormAsync(NewForm(applicationId), NewForm(applicationId), Form(interviewerEmails, place, time));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.QueryDbAsync(db => db.Set<Interview>().Where(i => i.ApplicationId == applicationId && i.Place == place).Select(i => i.Id).SingleAsync());
    }

    /// <summary>Seeded colleagues outside HR with an account, given the demo password; none of them is on any planted opening.</summary>
    private async Task<string[]> ColleaguesAsync(int count, int skip)
    {
        var hrUsers = await portal.QueryDbAsync(db => db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Hr), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).ToListAsync());
        var emails = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.UserId != null && !hrUsers.Contains(e.UserId) && !DemoPeople.All.Contains(e.WorkEmail) && e.Status != ErmPortal.Data.Organisation.EmployeeStatus.Left)
            .OrderBy(e => e.Id).Skip(skip).Take(count).Select(e => e.WorkEmail).ToListAsync());
        foreach (var email in emails) await portal.SetDemoPasswordAsync(email);
        return [.. emails];
    }

    private static Dictionary<string, string> Scorecard(int rating, string summary, bool submit) => new()
    {
        ["Ratings[0].Rating"] = $"{rating}", ["Ratings[1].Rating"] = $"{rating}", ["Ratings[2].Rating"] = $"{rating}", ["Ratings[3].Rating"] = $"{rating}",
        ["Ratings[0].Note"] = "Knows the stack", ["Recommendation"] = rating >= 3 ? nameof(Recommendation.Yes) : nameof(Recommendation.No),
        ["Summary"] = summary, ["Submit"] = submit ? "true" : "false",
    };

    private static async Task WriteScorecardAsync(HttpClient client, int interviewId, int rating, string summary, bool submit)
    {
        var url = $"/recruitment/interviews/{interviewId}/scorecard";
        var response = await client.PostFormAsync(url, url, Scorecard(rating, summary, submit));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Should_show_the_interview_on_the_interviewers_home_and_list_and_give_the_invite_when_hr_schedules_one()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "homecard", title: "Platform engineer");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var form = await hr.GetStringAsync(NewForm(opening.ApplicationIds[0]));
        Assert.Contains("id=\"interview-form\"", form);

        var id = await ScheduleAsync(hr, opening.ApplicationIds[0], DemoPeople.Employee, "Room Zephyr");

        var interviewer = await portal.SignedInClientAsync(DemoPeople.Employee);
        var home = WebUtility.HtmlDecode(await interviewer.GetStringAsync("/"));
        Assert.Contains($"id=\"card-interview-{id}\"", home);
        Assert.Contains("Candidate1 homecard", home);
        Assert.Contains($"/recruitment/interviews/{id}/scorecard", home);
        var mine = WebUtility.HtmlDecode(await interviewer.GetStringAsync("/me/interviews"));
        Assert.Contains($"id=\"my-interview-{id}\"", mine);
        Assert.Contains("Platform engineer", mine);

        var invite = await interviewer.GetAsync($"/recruitment/interviews/{id}/invite.ics");
        Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        Assert.Equal("text/calendar", invite.Content.Headers.ContentType?.MediaType);
        var ics = await invite.Content.ReadAsStringAsync();
        Assert.Contains("METHOD:REQUEST", ics);
        Assert.Contains("Candidate1 homecard", ics);
        Assert.Contains("LOCATION:Room Zephyr", ics);

        Assert.True(await portal.QueryDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Kind == "interview-invited" && n.Link == "/me/interviews"
            && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == DemoPeople.Employee))), "The interviewer was not told.");
        Assert.True(await portal.QueryDbAsync(db => db.Set<TimelineEntry>().AnyAsync(t => t.SubjectType == TimelineSubjects.Candidate
            && t.SubjectId == opening.CandidateIds[0] && t.Kind == "interview-scheduled" && t.AudienceScope == $"opening:{opening.OpeningId}")));
    }

    [Fact]
    public async Task Should_store_utc_and_show_each_reader_their_own_clock_when_people_live_in_different_time_zones()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "zones");
        await portal.QueryDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == DemoPeople.Manager)).TimeZoneId = "Asia/Tokyo";
            (await db.Users.SingleAsync(u => u.Email == DemoPeople.Employee)).TimeZoneId = "Europe/London";
            return await db.SaveChangesAsync();
        });
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        var id = await ScheduleAsync(manager, opening.ApplicationIds[0], DemoPeople.Employee, "Tokyo office", time: "18:30");

        var expectedUtc = TimeZoneInfo.ConvertTimeToUtc(Tomorrow.ToDateTime(new TimeOnly(18, 30)), TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        Assert.Equal(expectedUtc, await portal.QueryDbAsync(db => db.Set<Interview>().Where(i => i.Id == id).Select(i => i.StartsAtUtc).SingleAsync()));
        var interviewer = await portal.SignedInClientAsync(DemoPeople.Employee);
        var london = TimeZoneInfo.ConvertTimeFromUtc(expectedUtc, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        Assert.Contains(london.ToString("g", CultureInfo.GetCultureInfo("en")), WebUtility.HtmlDecode(await interviewer.GetStringAsync("/me/interviews")));
        Assert.Contains($"DTSTART:{expectedUtc:yyyyMMdd'T'HHmmss}Z", await interviewer.GetStringAsync($"/recruitment/interviews/{id}/invite.ics"));
        var edit = await manager.GetStringAsync($"/recruitment/interviews/{id}/edit");
        Assert.Contains("value=\"18:30\"", edit);
    }

    [Fact]
    public async Task Should_hide_the_other_scorecards_from_an_interviewer_until_they_submit_theirs_and_drafts_from_everyone_else()
    {
        var other = (await ColleaguesAsync(1, skip: 0))[0];
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee, other], 1, "secret");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await ScheduleAsync(hr, opening.ApplicationIds[0], $"{DemoPeople.Employee}, {other}", "Room Quasar");
        var scorecards = $"/recruitment/applications/{opening.ApplicationIds[0]}/scorecards";

        var colleague = await portal.SignedInClientAsync(other);
        await WriteScorecardAsync(colleague, id, 4, "Verdict of the colleague ZX1", submit: true);

        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var before = await employee.GetStringAsync(scorecards);
        Assert.DoesNotContain("colleague ZX1", before);
        Assert.Contains("id=\"submit-first\"", before);

        await WriteScorecardAsync(employee, id, 2, "Draft of the employee QW2", submit: false);
        Assert.DoesNotContain("colleague ZX1", await employee.GetStringAsync(scorecards));
        var hiringManager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var decider = await hiringManager.GetStringAsync(scorecards);
        Assert.Contains("colleague ZX1", decider);
        Assert.DoesNotContain("employee QW2", decider);
        Assert.DoesNotContain("employee QW2", await hr.GetStringAsync(scorecards));
        Assert.DoesNotContain("employee QW2", await colleague.GetStringAsync(scorecards));

        await WriteScorecardAsync(employee, id, 2, "Verdict of the employee QW2", submit: true);
        var after = await employee.GetStringAsync(scorecards);
        Assert.Contains("colleague ZX1", after);
        Assert.Contains("employee QW2", after);
        Assert.Contains("employee QW2", await hiringManager.GetStringAsync(scorecards));
        Assert.Contains("id=\"scorecard-submitted\"", await employee.GetStringAsync($"/recruitment/interviews/{id}/scorecard"));
        // Submitted means final: a second post changes nothing.
        var url = $"/recruitment/interviews/{id}/scorecard";
        await employee.PostFormAsync(url, url, Scorecard(5, "Rewritten", submit: true));
        Assert.DoesNotContain("Rewritten", await hr.GetStringAsync(scorecards));

        var timeline = await portal.QueryDbAsync(db => db.Set<TimelineEntry>().Where(t => t.SubjectType == TimelineSubjects.Candidate
            && t.SubjectId == opening.CandidateIds[0] && t.Kind == "scorecard-submitted").Select(t => t.Arguments.ToJson()).ToListAsync());
        Assert.Equal(2, timeline.Count);
        Assert.All(timeline, entry => Assert.DoesNotContain("colleague ZX1", entry));
    }

    [Fact]
    public async Task Should_answer_not_found_when_someone_outside_the_hiring_team_asks_for_an_interview()
    {
        var outsider = (await ColleaguesAsync(1, skip: 1))[0];
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "outside");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await ScheduleAsync(hr, opening.ApplicationIds[0], DemoPeople.Employee, "Room Outside");

        var stranger = await portal.SignedInClientAsync(outsider);
        foreach (var url in new[] { NewForm(opening.ApplicationIds[0]), $"/recruitment/applications/{opening.ApplicationIds[0]}/scorecards",
                     $"/recruitment/interviews/{id}/invite.ics", $"/recruitment/interviews/{id}/scorecard", $"/recruitment/interviews/{id}/edit" })
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.DoesNotContain($"my-interview-{id}", await stranger.GetStringAsync("/me/interviews"));

        // An interviewer gives a scorecard but does not arrange interviews, nor write someone else's.
        var interviewer = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal(HttpStatusCode.NotFound, (await interviewer.GetAsync(NewForm(opening.ApplicationIds[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await interviewer.GetAsync($"/recruitment/interviews/{id}/edit")).StatusCode);
        var hrScorecard = await hr.GetAsync($"/recruitment/interviews/{id}/scorecard");
        Assert.Equal(HttpStatusCode.NotFound, hrScorecard.StatusCode);
    }

    [Fact]
    public async Task Should_move_the_calendar_event_and_then_cancel_it_when_the_interview_is_rescheduled_and_called_off()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "moving");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await ScheduleAsync(hr, opening.ApplicationIds[0], DemoPeople.Employee, "Room Nova");
        var first = await hr.GetStringAsync($"/recruitment/interviews/{id}/invite.ics");

        var edit = $"/recruitment/interviews/{id}/edit";
        var fields = await hr.FormFieldsAsync(edit);
        fields["Time"] = "15:15";
        fields["VideoLink"] = "https://meet.example.com/nova";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(edit, edit, fields)).StatusCode);
        var moved = await hr.GetStringAsync($"/recruitment/interviews/{id}/invite.ics");
        Assert.Equal(Line(first, "UID:"), Line(moved, "UID:"));
        Assert.Equal("SEQUENCE:1", Line(moved, "SEQUENCE:"));

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(edit, $"/recruitment/interviews/{id}/cancel", [])).StatusCode);
        var cancelled = await hr.GetStringAsync($"/recruitment/interviews/{id}/invite.ics");
        Assert.Contains("METHOD:CANCEL", cancelled);
        Assert.Equal(Line(first, "UID:"), Line(cancelled, "UID:"));
        Assert.Equal("SEQUENCE:2", Line(cancelled, "SEQUENCE:"));
        var kinds = await portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.Kind.StartsWith("interview-")
            && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == DemoPeople.Employee)).Select(n => n.Kind).ToListAsync());
        Assert.Contains("interview-rescheduled", kinds);
        Assert.Contains("interview-cancelled", kinds);
    }

    private static string Line(string ics, string start) =>
        ics.Split("\r\n").Single(line => line.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public async Task Should_refuse_an_interview_when_the_application_has_ended()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "ended");
        await portal.QueryDbAsync(async db =>
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.Opening).ThenInclude(o => o.Stages)
                .SingleAsync(a => a.Id == opening.ApplicationIds[0]);
            application.MoveTo(application.Opening.Stages.Single(s => s.Kind == StageKind.Rejected), "Not this time", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = NewForm(opening.ApplicationIds[0]);
        Assert.Contains("id=\"application-ended\"", await hr.GetStringAsync(url));

        var response = await hr.PostFormAsync(url, url, Form(DemoPeople.Employee, "Room Ended"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await portal.QueryDbAsync(db => db.Set<Interview>().AnyAsync(i => i.ApplicationId == opening.ApplicationIds[0])));
    }

    [Fact]
    public async Task Should_show_the_form_again_with_the_reasons_when_the_link_is_not_a_web_address_or_an_email_is_unknown()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "invalid");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = NewForm(opening.ApplicationIds[0]);
        var form = Form("nobody.at.all@erm.test", "");
        form["VideoLink"] = "javascript:alert(1)";

        var response = await hr.PostFormAsync(url, url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The video link must be a web address starting with http:// or https://.", page);
        Assert.Contains("No colleague has the work email nobody.at.all@erm.test.", page);
        Assert.Contains("value=\"javascript:alert(1)\"", page);
    }
}
