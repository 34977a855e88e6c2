using System.Net;
using ErmPortal.Tests.Infrastructure;

namespace ErmPortal.Tests.Web;

/// <summary>Checks that hold for every controller action the app maps, read from its endpoint list.</summary>
public class EndpointSecurityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] PublicActions =
    [
        "Account.SignIn", "Account.ForgotPassword", "Account.ResetPassword", "Culture.SetCulture", "Error.Error",
        // A candidate stops emails about new openings from the link in one, with no account.
        "OpeningEmails.StopOpeningEmails", "OpeningEmails.ConfirmStopOpeningEmails",
        // A candidate has no account: their private status link (a signed token) opens the offer letter sent to them.
        "CandidateOffers.CandidateOffer", "CandidateOffers.CandidateOfferPdf",
        // The public careers page, and the candidate's own pages behind the private link emailed to them.
        "Careers.ListOpenings", "Careers.ApplyForOpening", "Careers.Applied", "Careers.GetApplicationStatus", "Careers.WithdrawApplication",
        "Careers.ApplyFromStatus", "Careers.ResendStatusLink",
    ];

    [Fact]
    public void Should_list_every_controller_action_when_enumerating_endpoints()
    {
        var endpoints = PortalEndpoint.All(portal.Services);
        Assert.Contains(endpoints, e => e.Action == "Employees.EditEmployee" && e.Method == "POST");
        Assert.Contains(endpoints, e => e.Action == "AccountsAdmin.ListAccounts");
        Assert.True(endpoints.Count >= 20, $"Only {endpoints.Count} endpoints found");
    }

    [Fact]
    public void Should_allow_anonymous_access_only_to_sign_in_pages_when_inspecting_metadata()
    {
        var anonymous = PortalEndpoint.All(portal.Services).Where(e => e.AllowsAnonymous).Select(e => e.Action).Distinct();
        Assert.All(anonymous, action => Assert.Contains(action, PublicActions));
    }

    [Fact]
    public async Task Should_send_anonymous_user_to_sign_in_when_opening_any_protected_action()
    {
        var client = portal.CreatePortalClient();
        var failures = new List<string>();
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => !e.AllowsAnonymous))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url));
            var location = response.Headers.Location?.ToString() ?? "";
            if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/account/sign-in", StringComparison.Ordinal))
                failures.Add($"{endpoint}: {(int)response.StatusCode} {location}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Should_refuse_post_when_antiforgery_token_is_missing()
    {
        // Someone holding every role, so it is the missing token, not a role gate, that refuses each post.
        await portal.CreateAccountAsync("all-roles@erm.test", "every role passphrase", ErmPortal.Data.Accounts.Roles.All);
        var client = portal.CreatePortalClient();
        await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = "all-roles@erm.test", ["Password"] = "every role passphrase" });
        var failures = new List<string>();
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Method == "POST"))
        {
            var response = await client.PostAsync(endpoint.Url, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
            if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{endpoint}: {(int)response.StatusCode}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Should_send_security_headers_when_serving_any_page()
    {
        var response = await portal.CreatePortalClient().GetAsync("/account/sign-in");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline';", csp.Replace("style-src-attr 'unsafe-inline';", ""));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "HSTS outside Development");
    }

    [Fact]
    public async Task Should_report_healthy_when_database_is_migrated()
    {
        var response = await portal.CreatePortalClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_show_friendly_not_found_page_when_address_is_unknown()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync());
    }
}
