using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErmPortal.Tests.Web;

/// <summary>The portal with its log captured, as its configuration lets lines through.</summary>
public class LoggedPortalFactory : PortalFactory
{
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

/// <summary>A set-password link is a key to an account: it goes to its owner's mailbox and nowhere else the portal keeps.</summary>
public class SecretsTests(LoggedPortalFactory portal) : IClassFixture<LoggedPortalFactory>
{
    private async Task<(int EmailId, string Token, string Link)> AskForResetAsync(string account)
    {
        await portal.CreateAccountAsync(account, "a passphrase to forget");
        await portal.CreatePortalClient().PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = account });
        var email = await portal.QueryDbAsync(db => db.OutboxEmails.Where(e => e.To == account).OrderByDescending(e => e.Id).FirstAsync());
        var link = WebUtility.HtmlDecode(Regex.Match(email.HtmlBody!, "href=\"([^\"]+)\"").Groups[1].Value);
        return (email.Id, System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!, link);
    }

    private Task RunEmailJobAsync() =>
        portal.AsUserAsync<bool>(null, async sp => { await sp.GetRequiredService<SendQueuedEmailsJob>().RunAsync(CancellationToken.None); return true; });

    [Fact]
    public async Task Should_keep_recipient_subject_and_time_but_no_body_when_email_is_sent()
    {
        var (emailId, _, _) = await AskForResetAsync("sent-body@erm.test");

        await RunEmailJobAsync();

        var sent = await portal.QueryDbAsync(db => db.OutboxEmails.SingleAsync(e => e.Id == emailId));
        Assert.NotNull(sent.SentAtUtc);
        Assert.Equal("sent-body@erm.test", sent.To);
        Assert.False(string.IsNullOrEmpty(sent.Subject));
        Assert.Null(sent.HtmlBody);
    }

    [Fact]
    public async Task Should_log_no_reset_token_when_link_is_sent_and_followed()
    {
        const string account = "logged-reset@erm.test";
        var (_, token, link) = await AskForResetAsync(account);
        await RunEmailJobAsync();
        var client = portal.CreatePortalClient();
        var path = new Uri(link).PathAndQuery;
        var reset = await client.PostFormAsync(path, "/account/reset-password", new()
        {
            ["Email"] = account, ["Token"] = token, ["NewPassword"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var lines = portal.Log.Lines;
        Assert.Contains(lines, line => line.Contains(account, StringComparison.Ordinal) && line.Contains("Email to", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(token, StringComparison.Ordinal) || line.Contains(Uri.EscapeDataString(token), StringComparison.Ordinal));
    }
}
