using System.Globalization;
using ErmPortal.Web.Accounts;
using ErmPortal.Web.Notifications;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Moq;

namespace ErmPortal.Tests.Unit;

public class NotificationEmailsTests
{
    private static readonly NotificationKind RoleGiven = new("test-role", "I am given a role", "bi-person-badge", true, typeof(AccountsModule),
        (args, l) => l["You were given the role {0}.", args.Get("role")]);

    private static NotificationEmails Emails()
    {
        var kinds = new NotificationKinds([RoleGiven], Localizers.Factory);
        return new NotificationEmails(kinds, new StringLocalizer<NotificationsResource>(Localizers.Factory),
            new PortalAddress(Options.Create(new PortalOptions { PublicUrl = "https://erm.example/" }), Mock.Of<IHostEnvironment>(), server: null));
    }

    [Theory]
    [InlineData("fa", "نقش HR به شما داده شد.")]
    [InlineData("zh-Hans", "您已被授予角色 HR。")]
    [InlineData("it", "Le è stato assegnato il ruolo HR.")]
    [InlineData(null, "You were given the role HR.")]
    [InlineData("xx-unknown", "You were given the role HR.")]
    public void Should_write_in_the_recipients_language_whatever_the_sender_reads(string? culture, string expected)
    {
        var (before, uiBefore) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("it");
        try
        {
            var email = Emails().ForNotification("someone@erm.test", culture, RoleGiven, new() { ["role"] = "HR" }, "/me");

            Assert.Equal(expected, email.Subject);
            Assert.Contains("href=\"https://erm.example/me\"", email.HtmlBody);
            Assert.Equal("it", CultureInfo.CurrentUICulture.Name); // the sender's request carries on in its own language
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, uiBefore); }
    }

    [Fact]
    public void Should_escape_markup_in_arguments_when_writing_the_email()
    {
        var email = Emails().ForNotification("someone@erm.test", "en", RoleGiven, new() { ["role"] = "<script>x</script>" }, null);

        Assert.DoesNotContain("<script>", email.HtmlBody);
        Assert.Contains("&lt;script&gt;", email.HtmlBody);
    }

    [Fact]
    public void Should_show_a_line_rather_than_fail_when_a_stored_kind_is_no_longer_registered()
    {
        var kinds = new NotificationKinds([RoleGiven], Localizers.Factory);

        Assert.Equal("Una notifica", Localizers.In("it", () => kinds.Render("module-gone", new())));
    }
}
