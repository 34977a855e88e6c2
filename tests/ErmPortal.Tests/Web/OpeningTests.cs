using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>HR turns approved requisitions into openings, shapes their stages and runs them; each hiring team sees its own.</summary>
public class OpeningTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static int OpeningIdIn(Uri? location) =>
        int.Parse(Regex.Match(location?.ToString() ?? "", @"/recruitment/openings/(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>A button's post from the page it is on, which a browser names (the Referer): a refusal goes back there.</summary>
    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, string page, string action, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(page);
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Referrer = new Uri(client.BaseAddress!, page);
        return await client.SendAsync(request);
    }

    private static string VersionOn(string page) => Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>A requisition from the manager, approved by HR unless <paramref name="approved"/> says otherwise.</summary>
    private Task<int> RequisitionAsync(string managerEmail, bool approved = true) => portal.QueryDbAsync(async db =>
    {
        var manager = await db.Employees.SingleAsync(e => e.WorkEmail == managerEmail);
        var requisition = new Requisition
        {
            PositionId = manager.PositionId, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId, Headcount = 1,
            SalaryFrom = 61_000m, SalaryTo = 67_000m, TargetStartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2), RequestedById = manager.Id,
        };
        requisition.Submit(DateTime.UtcNow.AddDays(-2));
        if (approved) requisition.Approve("hr", null, DateTime.UtcNow.AddDays(-1));
        db.Add(requisition);
        await db.SaveChangesAsync();
        return requisition.Id;
    });

    private static Dictionary<string, string> Form(string title, string managerEmail, params string[] interviewers)
    {
        var form = new Dictionary<string, string>
        {
            ["Title"] = title, ["DescriptionHtml"] = "<p>Join us.</p>", ["RequiredSkills"] = "SQL, Excel", ["EmploymentType"] = nameof(EmploymentType.FullTime),
            ["Audience"] = nameof(OpeningAudience.Everyone), ["HiringManagerEmail"] = managerEmail,
        };
        for (var i = 0; i < interviewers.Length; i++) form[$"InterviewerEmails[{i}]"] = interviewers[i];
        return form;
    }

    private async Task<int> CreateAsync(HttpClient hr, int requisitionId, Dictionary<string, string> form)
    {
        var url = $"/recruitment/openings/new?requisition={requisitionId}";
        form["RequisitionId"] = $"{requisitionId}";
        var response = await hr.PostFormAsync(url, "/recruitment/openings/new", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return OpeningIdIn(response.Headers.Location);
    }

    [Fact]
    public async Task Should_make_a_draft_opening_from_an_approved_requisition_and_link_it_from_there()
    {
        var requisitionId = await RequisitionAsync(DemoPeople.Manager);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var requisitionPage = await hr.GetStringAsync($"/recruitment/requisitions/{requisitionId}");
        Assert.Contains($"/recruitment/openings/new?requisition={requisitionId}", requisitionPage);
        var form = await hr.FormFieldsAsync($"/recruitment/openings/new?requisition={requisitionId}");
        var position = await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == requisitionId).Select(r => r.Position.Title).SingleAsync());
        Assert.Equal(position, form["Title"]);
        Assert.Equal(DemoPeople.Manager, form["HiringManagerEmail"]);

        var id = await CreateAsync(hr, requisitionId, Form("Reporting analyst", DemoPeople.Manager, DemoPeople.Employee));

        var opening = await portal.QueryDbAsync(db => db.Set<Opening>().Include(o => o.Stages).Include(o => o.Interviewers).SingleAsync(o => o.Id == id));
        Assert.Equal((OpeningStatus.Draft, requisitionId, "Reporting analyst", "SQL, Excel"), (opening.Status, opening.RequisitionId, opening.Title, opening.RequiredSkills));
        Assert.Equal(7, opening.Stages.Count);
        var employeeId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync());
        Assert.Equal([employeeId], opening.Interviewers.Select(i => i.EmployeeId));
        Assert.Contains($"href=\"/recruitment/openings/{id}\"", await hr.GetStringAsync($"/recruitment/requisitions/{requisitionId}"));
        // One requisition, one opening: asking for another leads to the one it has.
        var again = await hr.GetAsync($"/recruitment/openings/new?requisition={requisitionId}");
        Assert.Equal($"/recruitment/openings/{id}", again.Headers.Location?.ToString());
        // The interviewer is told, with a link to the opening.
        Assert.True(await portal.QueryDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Kind == "opening-interviewer-added"
            && n.Link == $"/recruitment/openings/{id}" && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == DemoPeople.Employee))));
        var told = WebUtility.HtmlDecode(await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetStringAsync("/me/notifications"));
        Assert.Contains("You interview for Reporting analyst", told);
    }

    [Fact]
    public async Task Should_refuse_an_opening_for_a_requisition_hr_has_not_approved()
    {
        var requisitionId = await RequisitionAsync(DemoPeople.Manager, approved: false);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.DoesNotContain("/recruitment/openings/new?requisition=", await hr.GetStringAsync($"/recruitment/requisitions/{requisitionId}"));
        Assert.Contains("Only an approved requisition can become an opening.", await hr.GetStringAsync($"/recruitment/openings/new?requisition={requisitionId}"));

        var form = Form("Too early", DemoPeople.Manager);
        form["RequisitionId"] = $"{requisitionId}";
        var refused = await hr.PostFormAsync("/recruitment/openings/new", "/recruitment/openings/new", form);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Only an approved requisition can become an opening.", await refused.Content.ReadAsStringAsync());
        Assert.False(await portal.QueryDbAsync(db => db.Set<Opening>().AnyAsync(o => o.RequisitionId == requisitionId)));
    }

    [Fact]
    public async Task Should_keep_the_formatting_and_drop_the_script_when_a_description_is_saved()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var form = Form("Sanitised", DemoPeople.Manager);
        form["DescriptionHtml"] = "<h3>About</h3><p>Work with <strong>data</strong> and <em>people</em>.</p><script>alert('x')</script>"
                                  + "<ul><li>SQL</li></ul><p onclick=\"steal()\"><a href=\"javascript:alert(1)\">bad</a> <a href=\"https://example.org/team\">team</a></p>";

        var id = await CreateAsync(hr, await RequisitionAsync(DemoPeople.Manager), form);

        var stored = await portal.QueryDbAsync(db => db.Set<Opening>().Where(o => o.Id == id).Select(o => o.DescriptionHtml).SingleAsync());
        Assert.DoesNotContain("script", stored);
        Assert.DoesNotContain("onclick", stored);
        Assert.DoesNotContain("javascript:", stored);
        Assert.Contains("<h3>About</h3>", stored);
        Assert.Contains("<strong>data</strong>", stored);
        Assert.Contains("<em>people</em>", stored);
        Assert.Contains("<li>SQL</li>", stored);
        Assert.Contains("href=\"https://example.org/team\"", stored);
        var page = await hr.GetStringAsync($"/recruitment/openings/{id}");
        Assert.Contains("<strong>data</strong>", page);
        Assert.DoesNotContain("alert('x')", page);
    }

    [Fact]
    public async Task Should_say_next_to_the_field_which_email_is_no_employee_and_keep_what_was_typed()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var requisitionId = await RequisitionAsync(DemoPeople.Manager);
        var form = Form("Kept title of the opening", DemoPeople.Manager, DemoPeople.Employee, "nobody.here@erm.demo");
        form["RequisitionId"] = $"{requisitionId}";

        var response = await hr.PostFormAsync("/recruitment/openings/new", "/recruitment/openings/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"InterviewerEmails_1_-error\"[^>]*>No current employee has this work email.", page);
        Assert.DoesNotMatch("id=\"InterviewerEmails_0_-error\"[^>]*>No current", page);
        Assert.Contains("value=\"Kept title of the opening\"", page);
        Assert.Contains("value=\"nobody.here@erm.demo\"", page);
        Assert.False(await portal.QueryDbAsync(db => db.Set<Opening>().AnyAsync(o => o.RequisitionId == requisitionId)));
    }

    [Fact]
    public async Task Should_show_a_conflict_and_keep_what_was_typed_when_an_opening_is_edited_from_a_stale_form()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await CreateAsync(hr, await RequisitionAsync(DemoPeople.Manager), Form("Before", DemoPeople.Manager));
        var url = $"/recruitment/openings/{id}/edit";
        var stale = await hr.FormFieldsAsync(url);
        var first = new Dictionary<string, string>(stale) { ["Title"] = "Saved first" };
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, first)).StatusCode);

        var second = await hr.PostFormAsync(url, url, new Dictionary<string, string>(stale) { ["Title"] = "Typed second" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved changes to this opening after you opened the form.", page);
        Assert.Contains("Changed meanwhile to: Saved first", page);
        Assert.Contains("value=\"Typed second\"", page);
        Assert.Equal("Saved first", await portal.QueryDbAsync(db => db.Set<Opening>().Where(o => o.Id == id).Select(o => o.Title).SingleAsync()));
        // The form now carries the current version: saving again is a deliberate overwrite.
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, new Dictionary<string, string>(stale) { ["Title"] = "Typed second", ["Version"] = VersionOn(page) })).StatusCode);
    }

    [Fact]
    public async Task Should_let_hr_add_move_rename_and_remove_stages_within_the_rules()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "stages");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var page = $"/recruitment/openings/{planted.OpeningId}/stages";
        Task<List<OpeningStage>> StagesAsync() => portal.QueryDbAsync(db => db.Set<OpeningStage>().Where(s => s.OpeningId == planted.OpeningId).OrderBy(s => s.Order).ToListAsync());
        async Task<string> PostAsync(string action, Dictionary<string, string> form)
        {
            var response = await PressAsync(hr, page, $"{page}{action}", form);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return WebUtility.HtmlDecode(await hr.GetStringAsync(response.Headers.Location!.ToString()));
        }

        await PostAsync("", new() { ["Name"] = "Case study", ["Kind"] = nameof(StageKind.Interview) });
        var caseStudy = (await StagesAsync()).Single(s => s.Name == "Case study");
        await PostAsync("/move", new() { ["StageId"] = $"{caseStudy.Id}", ["Earlier"] = "true" });
        await PostAsync("/change", new() { ["StageId"] = $"{caseStudy.Id}", ["Name"] = "Take-home case", ["CandidateMessage"] = "We will send you a short case." });
        Assert.Equal(["Applied", "Screening", "Interview", "Take-home case", "Offer", "Hired", "Rejected", "Withdrawn"], (await StagesAsync()).Select(s => s.Name));
        Assert.Equal("We will send you a short case.", (await StagesAsync()).Single(s => s.Id == caseStudy.Id).CandidateMessage);

        // The candidate went through Screening: it is part of their record and stays.
        await portal.QueryDbAsync(async db =>
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits).SingleAsync(a => a.Id == planted.ApplicationIds[0]);
            application.MoveTo(await db.Set<OpeningStage>().SingleAsync(s => s.OpeningId == planted.OpeningId && s.Kind == StageKind.Screening), null, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var screening = (await StagesAsync()).Single(s => s.Kind == StageKind.Screening);
        Assert.Contains("Candidates are in this stage or have been through it, so it cannot be removed.", await PostAsync("/remove", new() { ["StageId"] = $"{screening.Id}" }));
        Assert.Contains("Candidates who are turned down or withdraw are always told something",
            await PostAsync("/change", new() { ["StageId"] = $"{(await StagesAsync()).Single(s => s.Kind == StageKind.Rejected).Id}", ["Name"] = "Rejected", ["CandidateMessage"] = "" }));
        await PostAsync("/remove", new() { ["StageId"] = $"{caseStudy.Id}" });

        var stages = await StagesAsync();
        Assert.Equal(["Applied", "Screening", "Interview", "Offer", "Hired", "Rejected", "Withdrawn"], stages.Select(s => s.Name));
        Assert.False(string.IsNullOrWhiteSpace(stages.Single(s => s.Kind == StageKind.Rejected).CandidateMessage));
        // Another opening's stage is not this opening's to change.
        var other = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "stages-other");
        var foreign = await portal.QueryDbAsync(db => db.Set<OpeningStage>().Where(s => s.OpeningId == other.OpeningId && s.Kind == StageKind.Screening).Select(s => s.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await hr.PostFormAsync(page, $"{page}/remove", new() { ["StageId"] = $"{foreign}" })).StatusCode);
    }

    [Fact]
    public async Task Should_publish_unpublish_and_close_an_opening_and_never_publish_a_closed_one_again()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "status");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/recruitment/openings/{planted.OpeningId}";
        Task<OpeningStatus> StatusAsync() => portal.QueryDbAsync(db => db.Set<Opening>().Where(o => o.Id == planted.OpeningId).Select(o => o.Status).SingleAsync());
        Assert.Contains("id=\"close\"", await hr.GetStringAsync(url));
        Assert.Contains("data-confirm=", Regex.Match(await hr.GetStringAsync(url), "<form[^>]*id=\"close\"[^>]*>").Value);

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, $"{url}/unpublish", [])).StatusCode);
        Assert.Equal(OpeningStatus.Draft, await StatusAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, $"{url}/publish", [])).StatusCode);
        Assert.Equal(OpeningStatus.Published, await StatusAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, $"{url}/close", [])).StatusCode);
        Assert.Equal(OpeningStatus.Closed, await StatusAsync());

        var page = await hr.GetStringAsync(url);
        Assert.DoesNotContain("id=\"publish\"", page);
        Assert.DoesNotContain("id=\"close\"", page);
        var refused = await PressAsync(hr, url, $"{url}/publish", []);
        Assert.Contains("This opening is closed; it cannot be published again.", WebUtility.HtmlDecode(await hr.GetStringAsync(refused.Headers.Location!.ToString())));
        Assert.Equal(OpeningStatus.Closed, await StatusAsync());
    }

    [Fact]
    public async Task Should_list_for_each_viewer_the_openings_of_their_hiring_teams_only()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 3, "scoping");
        var outsider = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.UserId != null && e.Status == EmployeeStatus.Active && !e.DirectReports.Any()
                        && !db.Set<Opening>().Any(o => o.HiringManagerId == e.Id || o.Interviewers.Any(i => i.EmployeeId == e.Id))
                        && !db.UserRoles.Any(r => r.UserId == e.UserId && db.Roles.Any(x => x.Id == r.RoleId && x.Name != "Employee")))
            .OrderBy(e => e.Id).Select(e => e.WorkEmail).FirstAsync());
        await portal.SetDemoPasswordAsync(outsider);

        async Task<HashSet<int>> ListedAsync(string email)
        {
            var page = await (await portal.SignedInClientAsync(email)).GetStringAsync("/recruitment/openings");
            return Regex.Matches(page, "id=\"opening-(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
        }
        Task<HashSet<int>> ExpectedAsync(string email) => portal.QueryDbAsync(async db =>
        {
            var me = await db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync();
            return (await db.Set<Opening>().Where(o => o.HiringManagerId == me || o.Interviewers.Any(i => i.EmployeeId == me)).Select(o => o.Id).ToListAsync()).ToHashSet();
        });

        var hr = await ListedAsync(DemoPeople.Hr);
        Assert.Contains(planted.OpeningId, hr);
        Assert.Equal(Math.Min(25, await portal.QueryDbAsync(db => db.Set<Opening>().CountAsync())), hr.Count);
        Assert.Equal(await ExpectedAsync(DemoPeople.Manager), await ListedAsync(DemoPeople.Manager));
        Assert.Contains(planted.OpeningId, await ListedAsync(DemoPeople.Manager));
        Assert.Equal(await ExpectedAsync(DemoPeople.Employee), await ListedAsync(DemoPeople.Employee));
        Assert.Contains(planted.OpeningId, await ListedAsync(DemoPeople.Employee));
        var outsiderPage = await (await portal.SignedInClientAsync(outsider)).GetStringAsync("/recruitment/openings");
        Assert.Contains("id=\"no-openings\"", outsiderPage);
        Assert.Contains("You see an opening when you are its hiring manager or one of its interviewers", WebUtility.HtmlDecode(outsiderPage));

        // The count of candidates still in the running, and the filter by status.
        var hrClient = await portal.SignedInClientAsync(DemoPeople.Hr);
        var row = Regex.Match(await hrClient.GetStringAsync("/recruitment/openings?status=Published"), $"id=\"opening-{planted.OpeningId}\".*?data-active-candidates>(\\d+)<", RegexOptions.Singleline);
        Assert.Equal("3", row.Groups[1].Value);
        Assert.DoesNotContain($"id=\"opening-{planted.OpeningId}\"", await hrClient.GetStringAsync("/recruitment/openings?status=Closed"));
    }

    [Fact]
    public async Task Should_show_the_opening_to_its_hiring_team_with_pay_only_for_hr_and_the_hiring_manager()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 2, "detail");
        var url = $"/recruitment/openings/{planted.OpeningId}";

        var hr = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync(url);
        Assert.Contains("id=\"salary-range\"", hr);
        Assert.Contains("id=\"edit-stages\"", hr);
        Assert.Contains($"/recruitment/openings/{planted.OpeningId}/board", hr);
        Assert.Matches("id=\"stage-\\d+\"[^§]*?Applied[^§]*?>2</span>", hr);

        var manager = await (await portal.SignedInClientAsync(DemoPeople.Manager)).GetStringAsync(url);
        Assert.Contains("id=\"salary-range\"", manager);
        Assert.DoesNotContain("id=\"edit-opening\"", manager);

        var interviewer = await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetStringAsync(url);
        Assert.DoesNotContain("id=\"salary-range\"", interviewer);
        Assert.DoesNotContain("40,000", interviewer);
        Assert.Contains("A planted opening.", interviewer);

        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"{url}/edit")).StatusCode);
    }

    [Theory]
    [InlineData("en", "Active candidates", "Candidates who are turned down or withdraw are always told something")]
    [InlineData("it", "Candidati attivi", "A chi viene respinto o si ritira si dice sempre qualcosa")]
    [InlineData("fa", "نامزدهای فعال", "به نامزدی که رد می‌شود یا انصراف می‌دهد همیشه چیزی گفته می‌شود")]
    [InlineData("zh-Hans", "在招候选人", "被拒绝或撤回申请的候选人总要收到答复")]
    public async Task Should_speak_the_readers_language_on_the_openings_pages_and_in_their_rules(string culture, string column, string rule)
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, $"language-{culture}");
        // An HR account of its own: the language chosen is kept with the account, and the other tests read English.
        var reader = $"hr.reading.{culture}@erm.demo";
        await portal.CreateAccountAsync(reader, OrganisationSeeder.DemoPassword, Roles.Hr);
        var hr = await portal.SignedInClientAsync(reader);
        await hr.PostFormAsync("/", "/culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });

        Assert.Contains(column, WebUtility.HtmlDecode(await hr.GetStringAsync("/recruitment/openings")));
        var page = $"/recruitment/openings/{planted.OpeningId}/stages";
        var rejected = await portal.QueryDbAsync(db => db.Set<OpeningStage>().Where(s => s.OpeningId == planted.OpeningId && s.Kind == StageKind.Rejected).Select(s => s.Id).SingleAsync());
        var refused = await PressAsync(hr, page, $"{page}/change", new() { ["StageId"] = $"{rejected}", ["Name"] = "Rejected", ["CandidateMessage"] = " " });
        Assert.Contains(rule, WebUtility.HtmlDecode(await hr.GetStringAsync(refused.Headers.Location!.ToString())));
    }

    [Fact]
    public async Task Should_suggest_a_few_current_employees_by_name_to_hr_only()
    {
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => new { e.LegalLastName, e.WorkEmail }).SingleAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var json = await hr.GetStringAsync($"/recruitment/openings/people?q={Uri.EscapeDataString(person.LegalLastName)}");

        Assert.Contains($"\"email\":\"{person.WorkEmail}\"", json);
        Assert.True(Regex.Matches(json, "\"email\"").Count <= 10);
        Assert.Equal("[]", await hr.GetStringAsync("/recruitment/openings/people?q=a"));
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/recruitment/openings/people?q={person.LegalLastName}")).StatusCode);
    }
}

/// <summary>The openings list reads a page of openings and their candidate counts in one query, however many there are.</summary>
public class OpeningListQueryTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private async Task<int> CommandsForListAsync(HttpClient hr)
    {
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync("/recruitment/openings")).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync("/recruitment/openings")).StatusCode);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_send_the_same_few_commands_for_a_long_list_as_for_a_short_one()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 2, "few");
        var few = await CommandsForListAsync(hr);

        for (var i = 0; i < 12; i++) await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 3, $"many{i}");
        var many = await CommandsForListAsync(hr);

        Assert.Equal(few, many);
        Assert.True(many <= 7, $"The openings list sent {many} SQL commands; its budget is 7.");
    }
}
