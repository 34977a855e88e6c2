using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ErmPortal.Web.Infrastructure.Files;

/// <summary>
/// Keeps an upload between a preview and its confirmation, so the person does not upload it twice. The page gets a
/// ticket, not the storage key: the key encrypted and signed for this purpose and this person, valid for a few hours.
/// A changed ticket, someone else's, or an old one reads as "no such upload"; storage keys cannot be guessed into it.
/// </summary>
public class StagedUploads(IFileStorage storage, IDataProtectionProvider protection, ICurrentUser user)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);
    public const string Folder = "staged";

    public async Task<string> StageAsync(string purpose, byte[] content, string extension, CancellationToken cancellationToken)
    {
        var key = await storage.SaveAsync(new MemoryStream(content, writable: false), Folder, extension, cancellationToken);
        return Protector(purpose).Protect(key, Lifetime);
    }

    /// <summary>The staged content, or null when the ticket is not valid for this person or the upload is gone.</summary>
    public async Task<byte[]?> ReadAsync(string purpose, string ticket, CancellationToken cancellationToken)
    {
        if (KeyOf(purpose, ticket) is not { } key) return null;
        await using var stream = await storage.OpenReadAsync(key, cancellationToken);
        if (stream is null) return null;
        using var content = new MemoryStream();
        await stream.CopyToAsync(content, cancellationToken);
        return content.ToArray();
    }

    public async Task DiscardAsync(string purpose, string ticket, CancellationToken cancellationToken)
    {
        if (KeyOf(purpose, ticket) is { } key) await storage.DeleteAsync(key, cancellationToken);
    }

    private string? KeyOf(string purpose, string ticket)
    {
        try
        {
            return Protector(purpose).Unprotect(ticket);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string purpose) =>
        protection.CreateProtector("ErmPortal.StagedUploads", purpose, user.UserId ?? "")
            .ToTimeLimitedDataProtector();
}

/// <summary>
/// Removes staged uploads nobody confirmed: once their ticket has expired they can never be used, and they may hold
/// personal data. Deleting the same old files twice is harmless.
/// </summary>
public class DeleteExpiredStagedUploadsJob(IFileStorage storage, IClock clock, ILogger<DeleteExpiredStagedUploadsJob> logger) : Jobs.IScheduledJob
{
    public static string Name => "delete-expired-staged-uploads";
    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var deleted = await storage.DeleteOlderThanAsync(StagedUploads.Folder, clock.UtcNow - StagedUploads.Lifetime, cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} expired staged upload(s)", deleted);
    }
}
