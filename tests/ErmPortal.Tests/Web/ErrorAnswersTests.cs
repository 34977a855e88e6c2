using System.Net;
using ErmPortal.Data.Accounts;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Hostile or odd input gets an answer a person can act on, never a 500 or a made-up status.</summary>
public class ErrorAnswersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("to=9999-12-31")]
    [InlineData("from=9999-12-31&to=9999-12-31")]
    [InlineData("from=0001-01-01&to=0001-01-01")]
    public async Task Should_answer_the_timeline_and_the_audit_log_when_a_date_filter_is_at_the_end_of_the_calendar(string period)
    {
        var relations = await Relations.FindAsync(portal);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var timeline = await hr.GetAsync($"/employees/{relations.TargetId}/timeline?{period}");
        var audit = await hr.GetAsync($"/audit?{period}");

        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
    }

    [Fact]
    public async Task Should_keep_entries_up_to_today_when_the_period_ends_on_the_last_day_there_is()
    {
        var relations = await Relations.FindAsync(portal);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await hr.GetStringAsync($"/employees/{relations.TargetId}/timeline?to=9999-12-31");

        Assert.Contains("class=\"list-group list-group-flush timeline\"", page);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("99999")]
    [InlineData("200")]
    [InlineData("399")]
    [InlineData("450")]
    [InlineData("600")]
    public async Task Should_answer_not_found_when_the_error_page_is_asked_for_a_status_that_does_not_exist(string status)
    {
        var response = await portal.CreatePortalClient().GetAsync($"/error/{status}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(503)]
    public async Task Should_answer_with_the_status_when_the_error_page_is_asked_for_a_real_one(int status)
    {
        var response = await portal.CreatePortalClient().GetAsync($"/error/{status}");

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Should_ask_for_an_email_beside_the_field_when_admin_invites_without_one(string email)
    {
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        var response = await admin.PostFormAsync("/admin/accounts/invite", "/admin/accounts/invite",
            new() { ["Email"] = email, ["Roles"] = Roles.Employee });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Email\"[^>]*>Email is required.<", page);
    }

    private static Task<HttpResponseMessage> PostToListAsync(HttpClient admin, string action, Dictionary<string, string> fields) =>
        admin.PostFormAsync("/admin/accounts", action, fields);

    [Fact]
    public async Task Should_return_to_the_same_search_and_page_when_admin_disables_an_account_or_saves_its_roles()
    {
        var userId = await portal.CreateAccountAsync("kept-filter@erm.test", "a long enough passphrase", Roles.Employee);
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);
        const string list = "/admin/accounts?search=kept-filter&role=Employee&page=1";
        Assert.Contains("name=\"returnUrl\" value=\"/admin/accounts?search=kept-filter&amp;role=Employee&amp;page=1\"", await admin.GetStringAsync(list));

        var disabled = await PostToListAsync(admin, $"/admin/accounts/{userId}/manage", new() { ["operation"] = "Disable", ["returnUrl"] = list });
        var saved = await PostToListAsync(admin, $"/admin/accounts/{userId}/roles", new() { ["Roles"] = Roles.Employee, ["returnUrl"] = list });

        Assert.Equal(list, disabled.Headers.Location?.OriginalString);
        Assert.Equal(list, saved.Headers.Location?.OriginalString);
        Assert.NotNull(await portal.QueryDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.DisabledAtUtc).SingleAsync()));
        Assert.Contains("Roles of kept-filter@erm.test saved.", WebUtility.HtmlDecode(await admin.GetStringAsync(list)));
    }

    [Theory]
    [InlineData("https://elsewhere.test/admin/accounts")]
    [InlineData("//elsewhere.test/admin/accounts")]
    [InlineData("/employees")]
    [InlineData("/admin/accountsmuggled")]
    public async Task Should_return_to_the_accounts_list_when_the_return_address_is_not_the_list(string returnUrl)
    {
        var userId = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Employee).Select(u => u.Id).SingleAsync());
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        var response = await PostToListAsync(admin, $"/admin/accounts/{userId}/manage", new() { ["operation"] = "SendPasswordReset", ["returnUrl"] = returnUrl });

        Assert.Equal("/admin/accounts", response.Headers.Location?.OriginalString);
    }

    private static readonly byte[] ThirtyMegabytes = new byte[30 * 1024 * 1024];

    [Fact]
    public async Task Should_say_the_photo_is_too_large_on_the_form_when_a_30_MB_upload_skips_the_browsers_check()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var response = await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "huge.jpg", "image/jpeg", ThirtyMegabytes);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/me/profile", response.Headers.Location?.OriginalString);
        Assert.Contains("The photo is larger than 2 MB. Choose a smaller one.", await client.GetStringAsync("/me/profile"));
        Assert.Null(await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.PhotoKey).SingleAsync()));
    }

    [Fact]
    public async Task Should_say_the_file_is_too_large_on_the_import_form_when_a_30_MB_csv_skips_the_browsers_check()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var response = await client.PostFileAsync("/employees/import", "/employees/import", "File", "huge.csv", "text/csv", ThirtyMegabytes);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/employees/import", response.Headers.Location?.OriginalString);
        Assert.Contains("The file is larger than 5 MB.", await client.GetStringAsync("/employees/import"));
    }
}
