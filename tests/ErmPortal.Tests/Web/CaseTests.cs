using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Cases;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// HR cases: HR opens, reads, adds notes to and closes them; the managers above the person are only told to talk to
/// HR; the person, colleagues and Admin learn nothing, anywhere; an HR person never meets a case about themselves.
/// </summary>
public class CaseTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Whatever the page answers, refused or not: a refusal shows nothing either.</summary>
    private static async Task<string> BodyAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await (await client.GetAsync(url)).Content.ReadAsStringAsync());

    private Task<int> EmployeeIdAsync(string email) => portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync());

    /// <summary>An open case planted straight in the database, owned by the demo HR person.</summary>
    private async Task<int> PlantCaseAsync(int employeeId, string summary, CaseKind kind = CaseKind.Investigation)
    {
        var owner = await EmployeeIdAsync(DemoPeople.Hr);
        return await portal.QueryDbAsync(async db =>
        {
            var hrCase = new HrCase
            {
                EmployeeId = employeeId, Kind = kind, Summary = summary, OwnerId = owner, OpenedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
                CreatedAtUtc = DateTime.UtcNow,
            };
            db.Add(hrCase);
            await db.SaveChangesAsync();
            return hrCase.Id;
        });
    }

    private static Dictionary<string, string> CaseFields(string email, string summary, string kind = "Grievance", string? openedOn = null) => new()
    {
        ["EmployeeEmail"] = email, ["Kind"] = kind, ["Summary"] = summary,
        ["OpenedOn"] = openedOn ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["OwnerId"] = "",
    };

    [Fact]
    public async Task Should_show_hr_the_case_and_the_managers_only_a_neutral_warning_and_nobody_else_anything()
    {
        const string summary = "Raised concerns about the Quokka project rota";
        var relations = await Relations.FindAsync(portal);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        var fields = CaseFields(DemoPeople.Employee, summary);
        fields["OwnerId"] = Id(await EmployeeIdAsync(DemoPeople.Hr));

        var opened = await hr.PostFormAsync("/cases/new", "/cases/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var casePage = await PageAsync(hr, opened.Headers.Location!.OriginalString);
        Assert.Contains(summary, casePage);
        var profile = $"/employees/{Id(relations.TargetId)}";
        Assert.Contains("An HR case is open (Grievance) since", await PageAsync(hr, profile));
        foreach (var viewer in new[] { Viewer.Manager, Viewer.SkipLevelManager })
        {
            var page = await PageAsync(await relations.ClientAsync(portal, viewer), profile);
            Assert.Contains("Talk to HR before acting on this person: something is open with them.", page);
            Assert.DoesNotContain("Grievance", page);
            Assert.DoesNotContain(summary, page);
        }
        foreach (var viewer in new[] { Viewer.Self, Viewer.Peer, Viewer.Admin })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var seen = await PageAsync(client, profile) + await BodyAsync(client, $"{profile}/timeline") + await PageAsync(client, "/")
                       + await BodyAsync(client, "/me/notifications");
            Assert.DoesNotContain(summary, seen);
            Assert.DoesNotContain("HR case", seen);
            Assert.DoesNotContain("Talk to HR", seen);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(opened.Headers.Location!.OriginalString)).StatusCode);
        }
    }

    [Fact]
    public async Task Should_not_find_a_case_about_the_hr_person_themselves_nor_let_them_open_one()
    {
        const string summary = "Colleagues complained about the HR partner's handling of leave";
        var me = await EmployeeIdAsync(DemoPeople.Hr);
        var caseId = await PlantCaseAsync(me, summary);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/cases/{Id(caseId)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/cases/{Id(caseId)}/close")).StatusCode);
        var token = await hr.AntiforgeryTokenAsync("/cases/new");
        var note = await hr.PostAsync($"/cases/{Id(caseId)}/notes", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Text"] = "Looked at it myself",
        }));
        Assert.Equal(HttpStatusCode.NotFound, note.StatusCode);
        Assert.DoesNotContain(summary, await PageAsync(hr, "/cases?status="));
        Assert.DoesNotContain("An HR case is open", await PageAsync(hr, $"/employees/{Id(me)}"));

        var own = await hr.PostFormAsync("/cases/new", "/cases/new", CaseFields(DemoPeople.Hr, "About myself"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("A case about you is for a colleague in HR to open.", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Set<HrCase>().CountAsync(c => c.Summary == "About myself")));
    }

    [Fact]
    public async Task Should_refuse_an_incomplete_case_next_to_its_fields_and_save_nothing()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var before = await portal.QueryDbAsync(db => db.Set<HrCase>().CountAsync());
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await hr.PostFormAsync("/cases/new", "/cases/new", CaseFields("nobody.here@erm.demo", "", kind: "", openedOn: future));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"EmployeeEmail-error\">Nobody in the organisation has this work email.", page);
        Assert.Contains("id=\"Kind-error\">Kind of case is required.", page);
        Assert.Contains("id=\"Summary-error\">Summary is required.", page);
        Assert.Contains("id=\"OpenedOn-error\">A case cannot open in the future.", page);
        Assert.Contains("id=\"OwnerId-error\">Owner in HR is required.", page);
        Assert.Contains("value=\"nobody.here@erm.demo\"", page);
        Assert.Equal(before, await portal.QueryDbAsync(db => db.Set<HrCase>().CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_stale_close_showing_the_conflict_and_close_on_the_second_try()
    {
        var target = await EmployeeIdAsync(DemoPeople.Employee);
        var caseId = await PlantCaseAsync(target, "Expenses filed twice");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/cases/{Id(caseId)}/close";
        var stale = await hr.FormFieldsAsync(url);
        stale["Outcome"] = "Repaid; no further action";
        // A colleague adds a note after the close form was opened.
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/cases/{Id(caseId)}", $"/cases/{Id(caseId)}/notes",
            new() { ["Text"] = "Finance found a third claim" })).StatusCode);

        var refused = await hr.PostFormAsync(url, url, stale);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Someone else changed this case after you opened the form.", page);
        Assert.Contains("Repaid; no further action", page);
        Assert.Equal(CaseStatus.Open, await portal.QueryDbAsync(db => db.Set<HrCase>().Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));

        // The form comes back with the case's current version: saving it again is a deliberate close of the case as it is now.
        var version = Regex.Match(Regex.Match(page, "<input[^>]*name=\"Version\"[^>]*>").Value, "value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEqual(stale["Version"], version);
        var again = new Dictionary<string, string>(stale) { ["Version"] = version };
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, again)).StatusCode);

        var closed = await PageAsync(hr, $"/cases/{Id(caseId)}");
        Assert.Contains("Repaid; no further action", closed);
        Assert.Contains("Finance found a third claim", closed);
        Assert.DoesNotContain("id=\"note-form\"", closed);
        Assert.DoesNotContain("id=\"close-case\"", closed);
        Assert.DoesNotContain("An HR case is open (Investigation)", await PageAsync(hr, $"/employees/{Id(target)}"));
    }

    [Fact]
    public async Task Should_refuse_closing_before_the_case_opened_or_without_an_outcome_next_to_the_field()
    {
        var caseId = await PlantCaseAsync(await EmployeeIdAsync(DemoPeople.Manager), "Accommodation for a standing desk", CaseKind.HealthAndAccommodation);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/cases/{Id(caseId)}/close";
        var fields = await hr.FormFieldsAsync(url);
        fields["ClosedOn"] = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["Outcome"] = "Desk delivered";

        var early = WebUtility.HtmlDecode(await (await hr.PostFormAsync(url, url, fields)).Content.ReadAsStringAsync());
        fields["Outcome"] = "";
        fields["ClosedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var empty = WebUtility.HtmlDecode(await (await hr.PostFormAsync(url, url, fields)).Content.ReadAsStringAsync());
        var note = WebUtility.HtmlDecode(await (await hr.PostFormAsync($"/cases/{Id(caseId)}", $"/cases/{Id(caseId)}/notes", new() { ["Text"] = " " }))
            .Content.ReadAsStringAsync());

        Assert.Contains("id=\"ClosedOn-error\">A case cannot close before it opened", early);
        Assert.Contains("id=\"Outcome-error\">Outcome is required.", empty);
        Assert.Contains("id=\"Text-error\">Note is required.", note);
        Assert.Equal(CaseStatus.Open, await portal.QueryDbAsync(db => db.Set<HrCase>().Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Should_seed_open_cases_and_a_closed_one_with_a_neutral_warning_for_the_demo_managers_team()
    {
        var cases = await portal.QueryDbAsync(db => db.Set<HrCase>().Where(c => c.Notes.Any())
            .Select(c => new { c.EmployeeId, c.Status, ManagerEmail = c.Employee.Manager!.WorkEmail }).ToListAsync());
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        Assert.True(cases.Count(c => c.Status == CaseStatus.Open) >= 3);
        Assert.Contains(cases, c => c.Status == CaseStatus.Closed);
        var teamMember = Assert.Single(cases, c => c.ManagerEmail == DemoPeople.Manager);
        Assert.Contains("Talk to HR before acting on this person", await PageAsync(manager, $"/employees/{Id(teamMember.EmployeeId)}"));
        Assert.Contains("An HR case is open (Grievance)", await PageAsync(hr, $"/employees/{Id(teamMember.EmployeeId)}"));
        Assert.Contains("id=\"cases-section\"", await PageAsync(hr, "/"));
        Assert.DoesNotContain("id=\"cases-section\"", await PageAsync(manager, "/"));
        Assert.Contains("id=\"cases\"", await PageAsync(hr, "/cases?status=Closed"));
    }
}
