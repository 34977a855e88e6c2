using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Change requests and their outcomes are the person's and HR's business: their managers read nothing of them.</summary>
public class ChangeRequestPrivacyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Reason = "The tenancy agreement names someone else.";
    private const string PendingWarning = "Change requests waiting for HR";

    /// <summary>The target asks to change their home address twice: HR rejects the first with a reason, the second waits.</summary>
    private async Task<Relations> RejectedAndPendingRequestsAsync()
    {
        var relations = await Relations.FindAsync(portal);
        var id = relations.TargetId;
        if (await portal.QueryDbAsync(db => db.ChangeRequests.AnyAsync(r => r.EmployeeId == id && r.DecisionReason == Reason))) return relations;
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);

        async Task<int> AskAsync(string address)
        {
            var fields = await self.FormFieldsAsync("/me/change-requests/new");
            fields["HomeAddress"] = address;
            Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields)).StatusCode);
            return await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == id && r.Status == ChangeRequestStatus.Pending)
                .OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        }

        var rejected = await AskAsync("Via Roma 1, Torino");
        var review = await hr.GetStringAsync($"/change-requests/{rejected}");
        var version = Regex.Match(review, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/change-requests/{rejected}", $"/change-requests/{rejected}",
            new() { ["Approve"] = "false", ["Reason"] = Reason, ["Version"] = version })).StatusCode);
        await AskAsync("Via Po 2, Torino");
        return relations;
    }

    private static async Task<string> PagesAsync(HttpClient client, int id) =>
        WebUtility.HtmlDecode(string.Join("\n",
            await client.GetStringAsync($"/employees/{id}"),
            await client.GetStringAsync($"/employees/{id}/timeline"),
            await client.GetStringAsync($"/employees/{id}/timeline?kind=change-request")));

    [Theory]
    [InlineData(Viewer.Manager)]
    [InlineData(Viewer.SkipLevelManager)]
    public async Task Should_show_managers_no_change_request_its_fields_or_outcome_when_they_read_a_reports_profile_and_timeline(Viewer viewer)
    {
        var relations = await RejectedAndPendingRequestsAsync();

        var pages = await PagesAsync(await relations.ClientAsync(portal, viewer), relations.TargetId);

        Assert.DoesNotContain(Reason, pages);
        Assert.DoesNotContain(PendingWarning, pages);
        Assert.DoesNotContain("home address", pages, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_show_hr_the_requests_their_outcome_and_the_waiting_warning_when_hr_reads_the_same_pages()
    {
        var relations = await RejectedAndPendingRequestsAsync();

        var pages = await PagesAsync(await relations.ClientAsync(portal, Viewer.Hr), relations.TargetId);

        Assert.Contains(Reason, pages);
        Assert.Contains(PendingWarning + ": 1.", pages);
        Assert.Contains("Asked to change home address", pages);
    }
}
