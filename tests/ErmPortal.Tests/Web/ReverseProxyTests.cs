using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Seeding;

namespace ErmPortal.Tests.Web;

/// <summary>
/// In Production the portal runs behind a TLS-terminating proxy and hears plain HTTP: it must believe the proxy's
/// X-Forwarded-Proto, and nobody else's.
/// </summary>
public class ReverseProxyTests(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    private const string KnownProxy = "127.0.0.1";
    private const string Stranger = "203.0.113.9";

    [Fact]
    public async Task Should_answer_forms_and_set_secure_cookies_when_https_is_forwarded_by_a_known_proxy()
    {
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://portal.erm.test") });

        var form = await http.SendAsync(ThroughProxy(HttpMethod.Get, "/account/sign-in", KnownProxy));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var antiforgeryCookie = SetCookie(form, "erm.af");
        Assert.Contains("secure", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", form.Headers.GetValues("Strict-Transport-Security").Single());

        var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = ThroughProxy(HttpMethod.Post, "/account/sign-in", KnownProxy);
        signIn.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "hr@erm.demo", ["Password"] = OrganisationSeeder.DemoPassword, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var signedIn = await http.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("secure", SetCookie(signedIn, "erm.auth"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_ignore_forwarded_https_when_it_comes_from_an_unknown_address()
    {
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://portal.erm.test") });

        var response = await http.SendAsync(ThroughProxy(HttpMethod.Get, "/account/sign-in", Stranger));

        // Still plain HTTP to the portal: sent to the HTTPS address rather than served a form it could not protect.
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://portal.erm.test/account/sign-in"), response.Headers.Location);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private static HttpRequestMessage ThroughProxy(HttpMethod method, string path, string from)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(ProductionPortalFactory.RemoteAddressHeader, from);
        request.Headers.Add("X-Forwarded-For", "198.51.100.20");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
}

public class ProductionConfigurationTests
{
    [Theory]
    [InlineData("Portal:PublicUrl", "http://portal.erm.test", "Portal:PublicUrl must be the public https:// address")]
    [InlineData("Portal:PublicUrl", "", "Portal:PublicUrl must be the public https:// address")]
    [InlineData("FileStorage:RootDirectory", "/proc/erm-files", "FileStorage:RootDirectory: '/proc/erm-files' is not a folder the portal can write to")]
    public void Should_refuse_to_start_with_a_clear_message_when_production_is_misconfigured(string key, string value, string message)
    {
        using var factory = new ProductionPortalFactory((key, value));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("ErmPortal cannot start in Production", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Should_refuse_to_start_when_the_database_folder_cannot_be_written()
    {
        var notAFolder = Path.GetTempFileName();
        try
        {
            using var factory = new ProductionPortalFactory(("ConnectionStrings:Default", $"Data Source={Path.Combine(notAFolder, "erm.db")}"));

            var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

            Assert.Contains($"ConnectionStrings:Default: the database folder of '{Path.Combine(notAFolder, "erm.db")}' is not a folder the portal can write to", error.Message);
        }
        finally { File.Delete(notAFolder); }
    }
}
