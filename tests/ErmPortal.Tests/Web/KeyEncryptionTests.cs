using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The data-protection keys sign every cookie; a copy of the database must not be enough to use them. They are
/// stored encrypted with a certificate that lives outside the database.
/// </summary>
public class KeyEncryptionTests(LoggedPortalFactory portal) : IClassFixture<LoggedPortalFactory>
{
    private static readonly Uri Portal = new("https://portal.erm.test");

    [Fact]
    public async Task Should_store_no_plain_master_key_when_keys_are_written()
    {
        await portal.SignedInClientAsync(DemoPeople.Employee);

        var keys = await portal.QueryDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml);
            Assert.Contains("EncryptedData", xml);
        });
        // The framework's start-up warning about keys "persisted to storage in unencrypted form" is gone with the cause.
        Assert.DoesNotContain(portal.Log.Lines, line => line.Contains("unencrypted", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_refuse_old_cookies_when_the_same_database_is_read_with_another_certificate()
    {
        var cookies = new CookieContainer();
        var browser = portal.CreateDefaultClient(Portal, new CookieContainerHandler(cookies));
        await browser.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = DemoPeople.Employee, ["Password"] = ErmPortal.Web.Seeding.OrganisationSeeder.DemoPassword });
        var cookie = cookies.GetCookies(Portal)["erm.auth"]!;

        // The same certificate reads the same database: the cookie holds (so what follows is about the certificate).
        await using (var sameCertificate = portal.WithWebHostBuilder(_ => { }))
            Assert.Equal(HttpStatusCode.OK, (await GetDirectoryAsync(sameCertificate, cookie)).StatusCode);

        var otherCertificate = Path.Combine(Path.GetTempPath(), "erm-tests", $"{Guid.NewGuid():N}.pfx");
        try
        {
            await using var copy = portal.WithWebHostBuilder(b => b.UseSetting("DataProtection:CertificatePath", otherCertificate));
            var response = await GetDirectoryAsync(copy, cookie);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery);
        }
        finally { File.Delete(otherCertificate); }
    }

    [Fact]
    public async Task Should_refuse_to_start_in_production_when_no_certificate_is_configured()
    {
        await using var production = portal.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("DataProtection:CertificatePath", ""));

        var refused = Assert.Throws<OptionsValidationException>(() => production.Server);

        Assert.Contains("DataProtection:CertificatePath is not set", refused.Message);
    }

    private static async Task<HttpResponseMessage> GetDirectoryAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, Cookie cookie)
    {
        var cookies = new CookieContainer();
        cookies.Add(Portal, cookie);
        return await factory.CreateDefaultClient(Portal, new CookieContainerHandler(cookies)).GetAsync("/directory");
    }
}
