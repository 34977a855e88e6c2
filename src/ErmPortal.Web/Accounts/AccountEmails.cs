using System.Text.Encodings.Web;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

public class PortalOptions
{
    /// <summary>
    /// The address people reach the portal at. Links in emails use it rather than the request's Host header,
    /// which a caller controls and could point at a site of their own.
    /// </summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";
}

/// <summary>Queues the emails that carry a set-password link: invitations and password resets.</summary>
public class AccountEmails(UserManager<ApplicationUser> users, IEmailOutbox outbox, Microsoft.Extensions.Options.IOptions<PortalOptions> options)
{
    public async Task QueueInvitationAsync(ApplicationUser user, string name) =>
        outbox.Enqueue(new EmailMessage(user.Email!, "Welcome to ErmPortal: set your password",
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
        return options.Value.PublicUrl.TrimEnd('/') + AccountController.ResetPasswordPath + query;
    }
}
