using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>Sign-ins live on the server: ending one there signs its browser out, whatever copy of the cookie it holds.</summary>
public class SessionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "a passphrase for sessions";
    private static readonly Uri Portal = new("https://portal.erm.test");

    /// <summary>A browser whose cookie jar the test can read and copy from.</summary>
    private sealed record Browser(HttpClient Client, CookieContainer Cookies);

    private Browser NewBrowser()
    {
        var cookies = new CookieContainer();
        return new Browser(portal.CreateDefaultClient(Portal, new CookieContainerHandler(cookies)), cookies);
    }

    private async Task<Browser> SignedInAsync(string email, string password = Password)
    {
        var browser = NewBrowser();
        var response = await browser.Client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private Browser WithCopiedCookie(Browser original)
    {
        var copy = NewBrowser();
        copy.Cookies.Add(Portal, original.Cookies.GetCookies(Portal)["erm.auth"] ?? throw new InvalidOperationException("Not signed in."));
        return copy;
    }

    private static async Task AssertSignedInAsync(Browser browser) =>
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/directory")).StatusCode);

    private static async Task AssertSignedOutAsync(Browser browser)
    {
        var response = await browser.Client.GetAsync("/directory");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery);
    }

    /// <summary>The ids of the sessions on the person's page: this device's first, then the others.</summary>
    private static async Task<(int ThisDevice, int[] Others)> SessionsOnPageAsync(Browser browser)
    {
        var page = await browser.Client.GetStringAsync("/me/sessions");
        var cards = Regex.Matches(page, "id=\"session-(\\d+)\"(.*?)(?=id=\"session-|$)", RegexOptions.Singleline)
            .Select(m => (Id: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), ThisDevice: m.Groups[2].Value.Contains("This device")))
            .ToList();
        return (cards.Single(c => c.ThisDevice).Id, cards.Where(c => !c.ThisDevice).Select(c => c.Id).ToArray());
    }

    [Fact]
    public async Task Should_refuse_copied_cookie_when_its_session_signed_out()
    {
        await portal.CreateAccountAsync("copied-cookie@erm.test", Password);
        var browser = await SignedInAsync("copied-cookie@erm.test");
        var copy = WithCopiedCookie(browser);
        await AssertSignedInAsync(copy);

        var signOut = await browser.Client.PostFormAsync("/directory", "/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        await AssertSignedOutAsync(copy);
    }

    [Fact]
    public async Task Should_sign_other_device_out_when_person_ends_its_session()
    {
        await portal.CreateAccountAsync("two-devices@erm.test", Password);
        var laptop = await SignedInAsync("two-devices@erm.test");
        var phone = await SignedInAsync("two-devices@erm.test");

        var (thisDevice, others) = await SessionsOnPageAsync(laptop);
        var phoneSession = Assert.Single(others);
        var ended = await laptop.Client.PostFormAsync("/me/sessions", $"/me/sessions/{phoneSession}/end", []);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await AssertSignedOutAsync(phone);
        await AssertSignedInAsync(laptop);
        Assert.Equal((thisDevice, Array.Empty<int>()), await SessionsOnPageAsync(laptop));
    }

    [Fact]
    public async Task Should_sign_out_every_other_device_when_person_asks_for_it()
    {
        await portal.CreateAccountAsync("three-devices@erm.test", Password);
        var laptop = await SignedInAsync("three-devices@erm.test");
        var phone = await SignedInAsync("three-devices@erm.test");
        var tablet = await SignedInAsync("three-devices@erm.test");

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.Client.PostFormAsync("/me/sessions", "/me/sessions/end-others", [])).StatusCode);

        await AssertSignedOutAsync(phone);
        await AssertSignedOutAsync(tablet);
        await AssertSignedInAsync(laptop);
    }

    [Fact]
    public async Task Should_answer_not_found_when_session_is_someone_elses()
    {
        await portal.CreateAccountAsync("session-owner@erm.test", Password);
        await portal.CreateAccountAsync("session-prober@erm.test", Password);
        var owner = await SignedInAsync("session-owner@erm.test");
        var prober = await SignedInAsync("session-prober@erm.test");
        var (ownersSession, _) = await SessionsOnPageAsync(owner);

        var response = await prober.Client.PostFormAsync("/me/sessions", $"/me/sessions/{ownersSession}/end", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertSignedInAsync(owner);
    }

    [Fact]
    public async Task Should_sign_out_everywhere_at_once_when_account_is_disabled()
    {
        var userId = await portal.CreateAccountAsync("to-disable@erm.test", Password);
        var browser = await SignedInAsync("to-disable@erm.test");
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        var disabled = await admin.PostFormAsync("/admin/accounts", $"/admin/accounts/{userId}/manage", new() { ["operation"] = "Disable" });

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        // At once, not at the next security stamp check a minute later.
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task Should_end_other_sessions_and_keep_this_one_when_password_is_changed()
    {
        await portal.CreateAccountAsync("new-password@erm.test", Password);
        var laptop = await SignedInAsync("new-password@erm.test");
        var phone = await SignedInAsync("new-password@erm.test");

        var changed = await laptop.Client.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = Password, ["NewPassword"] = "a newer passphrase", ["ConfirmPassword"] = "a newer passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await AssertSignedOutAsync(phone);
        await AssertSignedInAsync(laptop);
    }

    [Fact]
    public async Task Should_name_the_browser_and_system_when_sessions_are_listed()
    {
        await portal.CreateAccountAsync("firefox@erm.test", Password);
        var browser = NewBrowser();
        browser.Client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");
        await browser.Client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = "firefox@erm.test", ["Password"] = Password });

        var page = await browser.Client.GetStringAsync("/me/sessions");

        Assert.Contains("Firefox on Windows", page);
        Assert.Contains("This device", page);
    }

    [Fact]
    public async Task Should_delete_sessions_past_their_expiry_when_the_cleanup_job_runs()
    {
        var userId = await portal.CreateAccountAsync("expired-session@erm.test", Password);
        await SignedInAsync("expired-session@erm.test");
        await portal.QueryDbAsync(db => db.Set<UserSession>().Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));

        await portal.AsUserAsync<bool>(null, async sp => { await sp.GetRequiredService<DeleteExpiredSessionsJob>().RunAsync(CancellationToken.None); return true; });

        Assert.Equal(0, await portal.QueryDbAsync(db => db.Set<UserSession>().CountAsync(s => s.UserId == userId)));
    }
}
