using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Infrastructure;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Email;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Moq;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

public class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Task<HttpResponseMessage> TrySignIn(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });

    [Theory]
    [InlineData(DemoPeople.Employee, "my-section", new[] { "team-section", "hr-section", "admin-section" })]
    [InlineData(DemoPeople.Manager, "team-section", new[] { "hr-section", "admin-section" })]
    [InlineData(DemoPeople.Hr, "hr-section", new[] { "team-section", "admin-section" })]
    [InlineData(DemoPeople.Admin, "admin-section", new[] { "team-section", "hr-section" })]
    public async Task Should_land_on_role_dashboard_when_demo_account_signs_in(string email, string expectedSection, string[] hiddenSections)
    {
        var client = portal.CreatePortalClient();
        var response = await TrySignIn(client, email, OrganisationSeeder.DemoPassword);
        Assert.Equal("/", response.Headers.Location?.ToString());

        var home = await client.GetStringAsync("/");
        Assert.Contains($"id=\"{expectedSection}\"", home);
        Assert.Contains("id=\"my-section\"", home);
        Assert.All(hiddenSections, section => Assert.DoesNotContain($"id=\"{section}\"", home));
    }

    [Fact]
    public async Task Should_lock_account_when_five_wrong_passwords_precede_the_sixth_attempt()
    {
        const string email = "lockout@erm.test", password = "the right passphrase";
        await portal.CreateAccountAsync(email, password);
        var client = portal.CreatePortalClient();
        // A wrong password never tells that the account exists, nor that it is now locked.
        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.Contains("The email or password is not right.", await (await TrySignIn(client, email, "wrong-password-" + attempt)).Content.ReadAsStringAsync());

        // The sixth try fails even with the right password: the lockout holds, and only the right password learns of it.
        var sixth = await TrySignIn(client, email, password);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("locked for 15 minutes", await sixth.Content.ReadAsStringAsync());
        var lockoutEnd = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task Should_keep_the_email_and_explain_when_password_is_wrong()
    {
        var response = await TrySignIn(portal.CreatePortalClient(), DemoPeople.Hr, "not-the-password");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The email or password is not right.", page);
        Assert.Contains($"value=\"{DemoPeople.Hr}\"", page);
    }

    [Fact]
    public async Task Should_not_redirect_elsewhere_when_return_url_points_off_site()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = DemoPeople.Manager, ["Password"] = OrganisationSeeder.DemoPassword, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Should_reset_password_when_link_from_email_is_followed()
    {
        const string account = "forgetful@erm.test";
        await portal.CreateAccountAsync(account, "an old passphrase to forget");
        var client = portal.CreatePortalClient();
        var forgot = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = account });
        Assert.Contains("Check your email", await forgot.Content.ReadAsStringAsync());

        var email = await portal.QueryDbAsync(db => db.OutboxEmails.Where(e => e.To == account).OrderByDescending(e => e.Id).FirstAsync());
        var link = WebUtility.HtmlDecode(Regex.Match(email.HtmlBody!, "href=\"([^\"]+)\"").Groups[1].Value);
        Assert.StartsWith("http://localhost/account/reset-password?", link);
        var path = new Uri(link).PathAndQuery;

        var reset = await client.PostFormAsync(path, "/account/reset-password", new()
        {
            ["Email"] = account,
            ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!,
            ["NewPassword"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignIn(portal.CreatePortalClient(), account, "a brand new passphrase")).StatusCode);
    }

    [Fact]
    public async Task Should_answer_the_same_when_forgotten_account_does_not_exist()
    {
        var before = await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync());
        var response = await portal.CreatePortalClient().PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "nobody@erm.demo" });
        Assert.Contains("Check your email", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync()));
    }

    [Fact]
    public async Task Should_show_field_error_when_new_password_is_short()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Manager);
        var response = await client.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = OrganisationSeeder.DemoPassword, ["NewPassword"] = "short", ["ConfirmPassword"] = "short",
        });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Use at least 12 characters", page);
        Assert.Contains("field-validation-error", page);
    }

    [Fact]
    public async Task Should_switch_to_persian_right_to_left_when_culture_is_chosen()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/account/sign-in", "/culture", new() { ["culture"] = "fa", ["returnUrl"] = "/account/sign-in" });
        Assert.Equal("/account/sign-in", response.Headers.Location?.ToString());
        var page = await client.GetStringAsync("/account/sign-in");
        Assert.Contains("dir=\"rtl\"", page);
        Assert.Contains("bootstrap.rtl.min.css", page);
        Assert.Contains("lang=\"fa\"", page);
        Assert.DoesNotContain(">Sign in to ErmPortal<", page);
    }

    [Fact]
    public async Task Should_show_italian_sign_in_when_italian_is_chosen()
    {
        var client = portal.CreatePortalClient();
        await client.PostFormAsync("/account/sign-in", "/culture", new() { ["culture"] = "it", ["returnUrl"] = "/" });
        var page = await client.GetStringAsync("/account/sign-in");
        Assert.Contains("lang=\"it\"", page);
        Assert.Contains("dir=\"ltr\"", page);
        Assert.DoesNotContain(">Sign in to ErmPortal<", page);
    }

    [Fact]
    public async Task Should_send_queued_invitation_when_email_job_runs()
    {
        await portal.CreatePortalClient().PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = DemoPeople.Hr });
        var sender = new Mock<IEmailSender>();
        await portal.AsUserAsync<bool>(null, async sp =>
        {
            var job = new SendQueuedEmailsJob(sp.GetRequiredService<ErmPortal.Data.ErmDbContext>(), sender.Object,
                sp.GetRequiredService<ErmPortal.Web.Infrastructure.IClock>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<SendQueuedEmailsJob>.Instance);
            await job.RunAsync(CancellationToken.None);
            await job.RunAsync(CancellationToken.None); // a second run sends nothing twice
            return true;
        });
        sender.Verify(s => s.SendAsync(It.Is<EmailMessage>(m => m.To == DemoPeople.Hr && m.Subject.Contains("Reset")), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(0, await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync(e => e.SentAtUtc == null)));
    }
}
