using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>A manager asks HR for headcount, HR approves or rejects it with a reason, and the manager sees the answer.</summary>
public class RequisitionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string NewForm = "/recruitment/requisitions/new";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A filled form for the manager's own position, department and office, starting in two months.</summary>
    private async Task<Dictionary<string, string>> FormAsync(string managerEmail, string justification) =>
        await portal.QueryDbAsync(async db =>
        {
            var manager = await db.Employees.SingleAsync(e => e.WorkEmail == managerEmail);
            return new Dictionary<string, string>
            {
                ["PositionId"] = $"{manager.PositionId}", ["DepartmentId"] = $"{manager.DepartmentId}", ["LocationId"] = $"{manager.LocationId}",
                ["Reason"] = nameof(RequisitionReason.NewRole), ["Headcount"] = "2", ["SalaryFrom"] = "42000", ["SalaryTo"] = "51000",
                ["Currency"] = "EUR", ["TargetStartDate"] = Today.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Justification"] = justification,
            };
        });

    private static int IdIn(Uri? location) => int.Parse(Regex.Match(location?.ToString() ?? "", @"/recruitment/requisitions/(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);

    private static string VersionOn(string page) => Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

    private async Task<int> AskAsync(HttpClient manager, string justification)
    {
        var response = await manager.PostFormAsync(NewForm, NewForm, await FormAsync(DemoPeople.Manager, justification));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdIn(response.Headers.Location);
    }

    [Fact]
    public async Task Should_show_hr_the_request_and_the_manager_the_approval_when_a_manager_asks_for_headcount()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var id = await AskAsync(manager, "Two more analysts for the reporting backlog.");

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var queue = await hr.GetStringAsync("/recruitment/requisitions?status=Pending");
        Assert.Contains($"id=\"requisition-{id}\"", queue);
        var page = await hr.GetStringAsync($"/recruitment/requisitions/{id}");
        Assert.Contains("Two more analysts for the reporting backlog.", page);
        Assert.Contains("42,000 – 51,000 EUR", page);

        var url = $"/recruitment/requisitions/{id}";
        var decision = await hr.PostFormAsync(url, url, new() { ["Approve"] = "true", ["Version"] = VersionOn(page) });
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);

        var seen = await manager.GetStringAsync(url);
        Assert.Matches("id=\"requisition-status\">\\s*Approved", seen);
        Assert.Contains($"id=\"requisition-{id}\"", await manager.GetStringAsync("/recruitment/requisitions?status=Approved"));
    }

    [Fact]
    public async Task Should_tell_hr_of_a_new_requisition_and_the_manager_of_the_decision_in_their_notifications()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var id = await AskAsync(manager, "Told to HR.");
        var link = $"/recruitment/requisitions/{id}";
        var position = await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == id).Select(r => r.Position.Title).SingleAsync());

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Contains($"asks for 2 × {position}.", WebUtility.HtmlDecode(await hr.GetStringAsync("/me/notifications")));
        Assert.True(await portal.QueryDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Link == link && n.Kind == "requisition-submitted"
            && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == DemoPeople.Hr))), "HR's notification does not lead to the requisition.");

        var page = await hr.GetStringAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(link, link, new() { ["Approve"] = "true", ["Version"] = VersionOn(page) })).StatusCode);
        var answer = WebUtility.HtmlDecode(await manager.GetStringAsync("/me/notifications"));
        Assert.Contains($"Your requisition for {position} was approved: the hiring can start.", answer);
    }

    [Fact]
    public async Task Should_count_a_new_requisition_on_hrs_home_and_show_a_renamed_position_at_once()
    {
        static int Waiting(string home) => int.Parse(Regex.Match(home, "id=\"pending-requisitions\">(\\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var before = Waiting(await hr.GetStringAsync("/"));

        await AskAsync(await portal.SignedInClientAsync(DemoPeople.Manager), "Counted on HR's home.");
        Assert.Equal(before + 1, Waiting(await hr.GetStringAsync("/")));

        var oldest = await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Status == RequisitionStatus.Pending)
            .OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id).Select(r => r.PositionId).FirstAsync());
        await portal.QueryDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Positions SET Title = 'Renamed Kept Title' WHERE Id = {oldest}"));
        Assert.Contains("Renamed Kept Title", await hr.GetStringAsync("/"));
    }

    [Fact]
    public async Task Should_take_a_requisition_off_hrs_queue_when_its_manager_withdraws_it_and_refuse_once_decided()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var id = await AskAsync(manager, "Needed no more.");
        var url = $"/recruitment/requisitions/{id}";
        Assert.Contains("id=\"withdraw\"", await manager.GetStringAsync(url));

        var withdrawn = await manager.PostFormAsync(url, $"{url}/withdraw", []);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.DoesNotContain($"id=\"requisition-{id}\"", await hr.GetStringAsync("/recruitment/requisitions?status=Pending"));
        var page = await manager.GetStringAsync(url);
        Assert.Matches("id=\"requisition-status\">\\s*Withdrawn", page);
        Assert.DoesNotContain("id=\"withdraw\"", page);
        // Posted from the requisition's page, as a browser does (it names the page it posts from), and back there with the reason.
        using var again = new HttpRequestMessage(HttpMethod.Post, $"{url}/withdraw")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", await manager.AntiforgeryTokenAsync(url))]),
        };
        again.Headers.Referrer = new Uri(manager.BaseAddress!, url);
        var refused = await manager.SendAsync(again);
        Assert.Equal(url, refused.Headers.Location?.ToString());
        Assert.Contains("This requisition has already been decided.", WebUtility.HtmlDecode(await manager.GetStringAsync(url)));

        // Another site named as the page is not followed.
        using var foreign = new HttpRequestMessage(HttpMethod.Post, $"{url}/withdraw")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", await manager.AntiforgeryTokenAsync(url))]),
        };
        foreign.Headers.Referrer = new Uri("https://elsewhere.example/phish");
        Assert.Equal($"{url}/withdraw", (await manager.SendAsync(foreign)).Headers.Location?.ToString());
    }

    [Fact]
    public async Task Should_not_let_an_hr_manager_decide_their_own_requisition()
    {
        // Someone whose account is both HR's and a manager's: they may ask for a requisition and decide others'.
        var hrManager = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.Status == EmployeeStatus.Active && e.UserId != null
                        && db.UserRoles.Count(ur => ur.UserId == e.UserId && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Hr || r.Name == Roles.Manager))) == 2)
            .OrderBy(e => e.Id).Select(e => e.WorkEmail).FirstAsync());
        await portal.SetDemoPasswordAsync(hrManager);
        var client = await portal.SignedInClientAsync(hrManager);
        var asked = await client.PostFormAsync(NewForm, NewForm, await FormAsync(hrManager, "For my own team."));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var url = asked.Headers.Location!.ToString();

        var page = await client.GetStringAsync(url);
        Assert.DoesNotContain("id=\"decision\"", page);
        var version = await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == IdIn(asked.Headers.Location)).Select(r => r.Version).SingleAsync());
        var decided = await client.PostFormAsync(url, url, new() { ["Approve"] = "true", ["Version"] = $"{version}" });

        Assert.Contains("You cannot decide your own requisition; another HR colleague must.", WebUtility.HtmlDecode(await client.GetStringAsync(decided.Headers.Location!.ToString())));
        Assert.Equal(RequisitionStatus.Pending, await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == IdIn(asked.Headers.Location)).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Should_keep_what_was_typed_and_say_what_is_wrong_when_the_salary_range_is_upside_down()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var form = await FormAsync(DemoPeople.Manager, "Kept words of the justification.");
        (form["SalaryFrom"], form["SalaryTo"]) = ("60000", "50000");
        var before = await portal.QueryDbAsync(db => db.Set<Requisition>().CountAsync());

        var response = await manager.PostFormAsync(NewForm, NewForm, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The highest salary cannot be below the lowest.", page);
        Assert.Contains("Kept words of the justification.", page);
        Assert.Contains("value=\"60000\"", page);
        Assert.Equal(before, await portal.QueryDbAsync(db => db.Set<Requisition>().CountAsync()));
    }

    [Fact]
    public async Task Should_ask_hr_for_a_reason_and_show_it_to_the_manager_when_a_requisition_is_rejected()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var id = await AskAsync(manager, "A designer for the new product line.");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/recruitment/requisitions/{id}";

        var withoutReason = await hr.PostFormAsync(url, url, new() { ["Approve"] = "false", ["Version"] = VersionOn(await hr.GetStringAsync(url)) });
        Assert.Contains("Say why the requisition is rejected, so the manager knows what to change.", await withoutReason.Content.ReadAsStringAsync());
        Assert.Equal(RequisitionStatus.Pending, await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var rejected = await hr.PostFormAsync(url, url, new()
        {
            ["Approve"] = "false", ["Reason"] = "The product line starts next year.", ["Version"] = VersionOn(await hr.GetStringAsync(url)),
        });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var seen = await manager.GetStringAsync(url);
        Assert.Matches("id=\"requisition-status\">\\s*Rejected", seen);
        Assert.Contains("The product line starts next year.", seen);
    }

    [Fact]
    public async Task Should_show_a_conflict_and_keep_the_first_decision_when_hr_decides_from_a_stale_page()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var id = await AskAsync(manager, "Cover for a parental leave.");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/recruitment/requisitions/{id}";
        var stale = VersionOn(await hr.GetStringAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, new() { ["Approve"] = "true", ["Version"] = stale })).StatusCode);

        var second = await hr.PostFormAsync(url, url, new() { ["Approve"] = "false", ["Reason"] = "Too late.", ["Version"] = stale });

        var shown = second.StatusCode == HttpStatusCode.Redirect
            ? await hr.GetStringAsync(second.Headers.Location!.ToString())
            : await second.Content.ReadAsStringAsync();
        Assert.Contains("Someone else decided or changed this requisition after you opened it.", WebUtility.HtmlDecode(shown));
        Assert.Equal(RequisitionStatus.Approved, await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Should_tell_another_manager_the_requisition_does_not_exist_and_refuse_employees_the_list()
    {
        var id = await AskAsync(await portal.SignedInClientAsync(DemoPeople.Manager), "Not for other managers' eyes.");
        var otherManager = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.DirectReports.Any() && e.WorkEmail != DemoPeople.Manager && e.Status == EmployeeStatus.Active && e.UserId != null)
            .OrderBy(e => e.Id).Select(e => e.WorkEmail).FirstAsync());
        await portal.SetDemoPasswordAsync(otherManager);

        var other = await portal.SignedInClientAsync(otherManager);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/recruitment/requisitions/{id}")).StatusCode);
        Assert.DoesNotContain($"id=\"requisition-{id}\"", await other.GetStringAsync("/recruitment/requisitions"));
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/recruitment/requisitions")).StatusCode);
    }
}
