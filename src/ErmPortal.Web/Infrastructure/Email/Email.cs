using ErmPortal.Data;
using ErmPortal.Data.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ErmPortal.Web.Infrastructure.Email;

public record EmailMessage(string To, string Subject, string HtmlBody);

/// <summary>Delivers one email now. Use cases do not call it: they queue mail in the <see cref="IEmailOutbox"/>.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Queues an email in the current unit of work; <see cref="SendQueuedEmailsJob"/> sends it after the commit.</summary>
public interface IEmailOutbox
{
    void Enqueue(EmailMessage message);
}

public class EmailOptions
{
    /// <summary>Where Development writes emails instead of sending them, relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";
    public string From { get; set; } = "ErmPortal <no-reply@erm.local>";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
}

public class EmailOutbox(ErmDbContext db, IClock clock) : IEmailOutbox
{
    public void Enqueue(EmailMessage message) => db.OutboxEmails.Add(new OutboxEmail
    {
        To = message.To, Subject = message.Subject, HtmlBody = message.HtmlBody, CreatedAtUtc = clock.UtcNow,
    });
}

/// <summary>
/// Writes each email as an .eml file, so a developer can follow links without a mail server. The log says only that
/// an email was written and where: bodies carry set-password links, and logs travel further than the pickup folder.
/// </summary>
public class PickupFolderEmailSender(IOptions<EmailOptions> options, IWebHostEnvironment env, ILogger<PickupFolderEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(env.ContentRootPath, options.Value.PickupDirectory);
        System.IO.Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await EmailMime.Build(options.Value, message).WriteToAsync(file, cancellationToken);
        logger.LogInformation("Email to {To}: {Subject} (written to {File})", message.To, message.Subject, file);
    }
}

public class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        await client.SendAsync(EmailMime.Build(settings, message), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

internal static class EmailMime
{
    public static MimeMessage Build(EmailOptions options, EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        // Both bodies make a multipart/alternative: text-only readers and spam filters get the same words and links.
        mime.Body = new BodyBuilder { TextBody = PlainTextBody.From(message.HtmlBody), HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
