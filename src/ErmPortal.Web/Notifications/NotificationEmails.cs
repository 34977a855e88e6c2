using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ErmPortal.Web.Accounts;
using ErmPortal.Web.Infrastructure.Email;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Notifications;

/// <summary>
/// Writes notification emails in the recipient's own language, whoever's request causes them. Each email carries
/// only what the notification says (which fields, whose request), never the values, and links back to the portal,
/// where the person sees the rest after signing in.
/// </summary>
public class NotificationEmails(NotificationKinds kinds, IStringLocalizer<NotificationsResource> localizer, PortalAddress portal)
{
    private const int MaxSubjectLength = 200;

    public EmailMessage ForNotification(string to, string? culture, NotificationKind kind, NotificationArguments arguments, string? link) =>
        InCulture(culture, () =>
        {
            var text = kinds.Render(kind.Name, arguments);
            var body = new StringBuilder($"<p>{Encode(text)}</p>");
            if (link is not null) body.Append($"<p><a href=\"{Encode(Absolute(link))}\">{Encode(localizer["Open in ErmPortal"])}</a></p>");
            return new EmailMessage(to, Subject(text), body.Append(Footer()).ToString());
        });

    public EmailMessage ForDigest(string to, string? culture, DateOnly day, IReadOnlyList<ReminderItem> items) =>
        InCulture(culture, () =>
        {
            var title = localizer["Your reminders for {0}", day.ToString("D", CultureInfo.CurrentCulture)].Value;
            var body = new StringBuilder($"<p>{Encode(title)}</p><ul>");
            foreach (var item in items)
            {
                var text = Encode(kinds.Render(item.Kind, item.Arguments));
                body.Append(item.Link is null ? $"<li>{text}</li>" : $"<li><a href=\"{Encode(Absolute(item.Link))}\">{text}</a></li>");
            }
            return new EmailMessage(to, Subject(title), body.Append("</ul>").Append(Footer()).ToString());
        });

    private string Footer() =>
        $"<p><small>{Encode(localizer["You receive this email because of your notification settings."])} " +
        $"<a href=\"{Encode(Absolute(NotificationsController.PreferencesPath))}\">{Encode(localizer["Choose which notifications you receive by email"])}</a></small></p>";

    private string Absolute(string path) => portal.BaseUrl + path;

    private static string Subject(string text) => text.Length > MaxSubjectLength ? text[..(MaxSubjectLength - 1)] + "…" : text;

    // Persian and Chinese stay readable characters in the source of the email; markup is still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    /// <summary>The portal's languages; anything else (or nothing chosen yet) reads in English.</summary>
    public static CultureInfo CultureOf(string? preferred) =>
        PortalHost.SupportedCultures.FirstOrDefault(c => string.Equals(c.Name, preferred, StringComparison.OrdinalIgnoreCase))
        ?? PortalHost.SupportedCultures[0];

    /// <summary>
    /// The localizer reads the current UI culture, which belongs to whoever's request is running (an employee
    /// writing in Italian while HR reads Persian), so it is switched to the recipient's for the email and back.
    /// </summary>
    public static T InCulture<T>(string? preferred, Func<T> write)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureOf(preferred);
        try { return write(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture); }
    }
}
