using System.Text.Encodings.Web;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

public class PortalOptions
{
    /// <summary>
    /// The address people reach the portal at. Links in emails use it rather than the request's Host header,
    /// which a caller controls and could point at a site of their own. Unset in Development: see <see cref="PortalAddress"/>.
    /// </summary>
    public string? PublicUrl { get; set; }
}

/// <summary>
/// The base of the links the portal sends out: the configured public address. In Development, when none is set, the
/// address the portal listens on, so a developer who picks another port (<c>--urls</c>) gets links that work; asked
/// per link, because the listening address is known only once the server has started.
/// </summary>
public class PortalAddress(Microsoft.Extensions.Options.IOptions<PortalOptions> options, IHostEnvironment environment, IServer? server)
{
    /// <summary>What the portal has always assumed when nothing tells it better (the launch profile's address).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public string BaseUrl => (string.IsNullOrWhiteSpace(options.Value.PublicUrl)
        ? environment.IsDevelopment() && ListeningUrl() is { } listening ? listening : DefaultUrl
        : options.Value.PublicUrl).TrimEnd('/');

    /// <summary>An https address before an http one; a wildcard host ("[::]", "0.0.0.0", "+", "*") read as localhost.</summary>
    private string? ListeningUrl()
    {
        var addresses = server?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderByDescending(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        if (chosen is null) return null;
        var wildcard = System.Text.RegularExpressions.Regex.Match(chosen, @"^(?<scheme>https?)://(?:\[::\]|0\.0\.0\.0|\+|\*)(?<rest>(:\d+)?.*)$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return wildcard.Success ? $"{wildcard.Groups["scheme"].Value}://localhost{wildcard.Groups["rest"].Value}" : chosen;
    }
}

/// <summary>Queues the emails that carry a set-password link: invitations and password resets.</summary>
public class AccountEmails(UserManager<ApplicationUser> users, IEmailOutbox outbox, PortalAddress portal)
{
    /// <summary>The invitation goes to the account's address unless another is given (a new hire's own, before their work mailbox exists).</summary>
    public async Task QueueInvitationAsync(ApplicationUser user, string name, string? to = null) =>
        outbox.Enqueue(new EmailMessage(to ?? user.Email!, "Welcome to ErmPortal: set your password",
            $"<p>Hello {HtmlEncoder.Default.Encode(name)},</p><p>An account has been made for you on ErmPortal. " +
            $"<a href=\"{HtmlEncoder.Default.Encode(await ResetLinkAsync(user))}\">Choose your password</a> to sign in. The link works for 24 hours.</p>"));

    public async Task QueuePasswordResetAsync(ApplicationUser user) =>
        outbox.Enqueue(new EmailMessage(user.Email!, "Reset your ErmPortal password",
            $"<p>Someone asked to reset the password of this ErmPortal account. If it was you, " +
            $"<a href=\"{HtmlEncoder.Default.Encode(await ResetLinkAsync(user))}\">choose a new password</a>. The link works for 24 hours.</p>" +
            "<p>If it was not you, ignore this email: your password stays as it is.</p>"));

    /// <summary>A link that lets the account's owner choose a password, valid for 24 hours.</summary>
    public async Task<string> ResetLinkAsync(ApplicationUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        // Built from the route's constant rather than the endpoint table, so command-line verbs that never start
        // the web server (invite-admin) can make the link too.
        var query = Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = token });
        return portal.BaseUrl + AccountController.ResetPasswordPath + query;
    }
}
