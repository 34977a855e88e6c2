using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>What HR types (a rejection reason, a transfer note, a leaving reason) is shown as text wherever it appears.</summary>
public class HrFreeTextEncodingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Payload = "<img src=x onerror=alert(1)>";
    private const string Encoded = "&lt;img src=x onerror=alert(1)&gt;";

    private static async Task<string> VersionOnFormAsync(HttpClient client, string url) =>
        Regex.Match(await client.GetStringAsync(url), "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public async Task Should_show_hr_notes_as_text_on_every_page_that_shows_them()
    {
        var person = await portal.QueryDbAsync(db => db.Employees.AsNoTracking()
            // Not in HR themselves (they would read HR's entries on their own timeline), and without a change request yet.
            .Where(e => e.ManagerId != null && !e.DirectReports.Any() && e.Status == EmployeeStatus.Active && !db.ChangeRequests.Any(r => r.EmployeeId == e.Id)
                        && !db.UserRoles.Any(ur => ur.UserId == e.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Hr)))
            .OrderBy(e => e.Id).Skip(10).FirstAsync());
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        var employee = await portal.SignedInClientAsync(person.WorkEmail);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        // A request rejected with a reason.
        var request = await employee.GetStringAsync("/me/change-requests/new");
        var token = WebUtility.HtmlDecode(Regex.Match(request, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        await employee.PostAsync("/me/change-requests/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LegalFirstName"] = person.LegalFirstName, ["LegalLastName"] = person.LegalLastName + "-Neri", ["__RequestVerificationToken"] = token,
        }));
        var requestId = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == person.Id).Select(r => r.Id).SingleAsync());
        var reviewUrl = $"/change-requests/{requestId}";
        await hr.PostFormAsync(reviewUrl, reviewUrl, new() { ["Approve"] = "false", ["Reason"] = Payload, ["Version"] = await VersionOnFormAsync(hr, reviewUrl) });

        // A transfer with a note, and leaving with a reason.
        var transferUrl = $"/employees/{person.Id}/transfer";
        await hr.PostFormAsync(transferUrl, transferUrl, new()
        {
            ["Kind"] = "Promotion", ["EffectiveDate"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["DepartmentId"] = person.DepartmentId.ToString(),
            ["PositionId"] = person.PositionId.ToString(), ["LocationId"] = person.LocationId.ToString(), ["ManagerEmail"] = DemoPeople.Manager,
            ["Note"] = Payload, ["Version"] = await VersionOnFormAsync(hr, transferUrl),
        });
        var leavingUrl = $"/employees/{person.Id}/leaving";
        await hr.PostFormAsync(leavingUrl, leavingUrl, new()
        {
            ["LastDay"] = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"), ["Reason"] = Payload, ["Voluntary"] = "true",
            ["Version"] = await VersionOnFormAsync(hr, leavingUrl),
        });

        var pages = new Dictionary<string, string>
        {
            ["my requests"] = await employee.GetStringAsync("/me/change-requests"),
            ["review"] = await hr.GetStringAsync(reviewUrl),
            ["profile"] = await hr.GetStringAsync($"/employees/{person.Id}"),
            ["timeline"] = await hr.GetStringAsync($"/employees/{person.Id}/timeline"),
            ["own timeline"] = await employee.GetStringAsync($"/employees/{person.Id}/timeline"),
            ["leaving form"] = await hr.GetStringAsync(leavingUrl),
        };
        Assert.All(pages, page => Assert.DoesNotContain(Payload, page.Value));
        foreach (var name in new[] { "my requests", "review", "profile", "timeline", "leaving form" })
            Assert.True(pages[name].Contains(Encoded, StringComparison.Ordinal), $"{name} shows the note as text");
        Assert.Contains(Encoded, pages["own timeline"]); // the rejection reason, meant for the employee
        Assert.DoesNotContain("Leaving voluntarily", pages["own timeline"]); // the leaving reason is HR's only
    }
}
