using ErmPortal.Data;
using ErmPortal.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Infrastructure.Email;

/// <summary>
/// Sends the outbox. Each email is marked sent right after it goes, so a second run (or a crash between two
/// emails) never sends the same one twice; a failing address is retried a few times, then left for a person.
/// A sent email keeps its recipient, subject and time, not its body, which may hold a live set-password link.
/// </summary>
public class SendQueuedEmailsJob(ErmDbContext db, IEmailSender sender, IClock clock, ILogger<SendQueuedEmailsJob> logger) : IScheduledJob
{
    private const int MaxAttempts = 5;
    private const int BatchSize = 50;

    public static string Name => "send-queued-emails";
    public static TimeSpan Interval => TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pending = await db.OutboxEmails
            .Where(e => e.SentAtUtc == null && e.Attempts < MaxAttempts)
            .OrderBy(e => e.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var email in pending)
        {
            email.Attempts++;
            try
            {
                await sender.SendAsync(new EmailMessage(email.To, email.Subject, email.HtmlBody ?? ""), cancellationToken);
                email.SentAtUtc = clock.UtcNow;
                email.HtmlBody = null;
                email.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                email.LastError = ex.Message;
                logger.LogWarning(ex, "Email {Id} to {To} failed (attempt {Attempt})", email.Id, email.To, email.Attempts);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
