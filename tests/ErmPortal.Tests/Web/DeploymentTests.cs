using System.Net;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Seeding;

namespace ErmPortal.Tests.Web;

/// <summary>
/// docs/deploy.md followed: the published portal in Production behind nginx ending TLS. Forms work, cookies are
/// Secure and HSTS is sent, because the portal believes nginx's X-Forwarded-Proto.
/// </summary>
[Collection(PublishedPortalCollection.Name)]
public class DeploymentTests(PublishedPortal published)
{
    [Fact]
    public async Task Should_sign_in_post_and_send_secure_cookies_and_hsts_when_behind_nginx_over_https()
    {
        using var http = published.CreateClient();

        var form = await http.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("max-age=31536000", form.Headers.GetValues("Strict-Transport-Security").Single());
        AssertSecure(SetCookie(form, "erm.af"));

        var signIn = await http.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = "hr@erm.demo", ["Password"] = OrganisationSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertSecure(SetCookie(signIn, "erm.auth"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/directory")).StatusCode);

        var signOut = await http.PostFormAsync("/directory", "/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var afterwards = await http.GetAsync("/directory");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/account/sign-in", afterwards.Headers.Location?.ToString());
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private static void AssertSecure(string cookie)
    {
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
