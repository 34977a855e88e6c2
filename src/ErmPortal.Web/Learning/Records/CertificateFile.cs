using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Onboarding.Documents;
using ErmPortal.Web.Recruitment.Careers;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// A training certificate: a PDF or a PNG or JPEG scan, checked as every document the portal keeps (size, plain name,
/// content recognised by what it holds), but without Word files, which a certificate never is. Kept beside the person's
/// other files, outside wwwroot, under a generated name.
/// </summary>
public static class CertificateFile
{
    public const int MaxBytes = DocumentFile.MaxBytes;
    public const int MaxRequestBytes = DocumentFile.MaxRequestBytes;
    public const string Folder = "training-certificates";
    public const string TooLarge = DocumentFile.TooLarge;
    public const string WrongType = "Only PDF, PNG or JPEG files can be kept as certificates.";

    /// <summary>Why the file cannot be kept (an English message key), or null when it can; no file is no problem.</summary>
    public static string? ProblemOf(IFormFile? file)
    {
        if (file is null) return null;
        if (DocumentFile.ProblemOf(file) is { } problem) return problem == DocumentFile.WrongType ? WrongType : problem;
        using var content = file.OpenReadStream();
        return KindOf(content) is null ? WrongType : null;
    }

    private static DocumentFile.Kind? KindOf(Stream content) =>
        DocumentFile.KindOf(content) is { ContentType: "application/pdf" or "image/png" or "image/jpeg" } kind ? kind : null;

    public record Stored(string Key, string FileName, string ContentType);

    /// <summary>
    /// Writes the file, checked once more by content, and removes it again should the transaction roll back, so a refused
    /// or failed save leaves no file behind.
    /// </summary>
    public static async Task<Stored> StoreAsync(IFormFile file, IFileStorage storage, TransactionEffects effects, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var kind = KindOf(content) ?? throw new DomainRuleException("Certificate", WrongType);
        content.Position = 0;
        var key = await storage.SaveAsync(content, Folder, kind.Extension, ct);
        effects.AfterRollback(cancellationToken => storage.DeleteAsync(key, cancellationToken));
        return new Stored(key, CvFile.DisplayName(file.FileName), kind.ContentType);
    }
}
