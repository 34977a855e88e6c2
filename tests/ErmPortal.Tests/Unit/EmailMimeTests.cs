using System.Text.Encodings.Web;
using ErmPortal.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Moq;

namespace ErmPortal.Tests.Unit;

public class EmailMimeTests : IDisposable
{
    private const string ResetLink = "https://erm.example/account/reset-password?email=ada%40erm.test&token=CfDJ8abc%2B%2F";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "erm-mail-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_send_a_plain_text_alternative_with_the_link_when_the_email_is_html()
    {
        var env = new Mock<IWebHostEnvironment>();
        env.SetupGet(e => e.ContentRootPath).Returns(_root);
        var sender = new PickupFolderEmailSender(Options.Create(new EmailOptions { PickupDirectory = "mail" }), env.Object,
            NullLogger<PickupFolderEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("ada@erm.test", "Reset your ErmPortal password",
            $"<p>If it was you, <a href=\"{HtmlEncoder.Default.Encode(ResetLink)}\">choose a new password</a>.</p>" +
            "<p>If it was not you, ignore this email &amp; carry on.</p><ul><li>one</li><li>two</li></ul>"), CancellationToken.None);

        var message = await MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(_root, "mail"), "*.eml").Single());
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(part => part.ContentType.MimeType));
        Assert.Equal(
            $"If it was you, choose a new password ({ResetLink}).\n\nIf it was not you, ignore this email & carry on.\n\n- one\n- two\n",
            message.TextBody?.ReplaceLineEndings("\n"));
        Assert.Contains("<a href=", message.HtmlBody);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
