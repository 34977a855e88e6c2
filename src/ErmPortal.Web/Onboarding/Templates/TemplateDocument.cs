using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Infrastructure.Files;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>
/// A document a template asks someone to read and acknowledge (a code of conduct, a security policy): a PDF of at most
/// 5 MB, recognised by its content, never by its name or the browser's word. It is stored outside wwwroot under a
/// generated key; the name it had is kept only to show it.
/// </summary>
public class TemplateDocument(IFileStorage storage, TransactionEffects effects)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    /// <summary>A template's form may carry a few documents at once, plus its fields and multipart framing.</summary>
    public const int MaxRequestBytes = 4 * MaxBytes + 256 * 1024;
    public const string Folder = "onboarding-documents";
    public const int MaxNameLength = 200;
    public const string Empty = "The file is empty.";
    public const string TooLarge = "The document is larger than 5 MB. Choose a smaller PDF.";
    public const string NotPdf = "Only a PDF can be a document to acknowledge.";
    public const string FormTooLarge = "The documents together are too large to send at once. Add them a few at a time.";

    /// <summary>Why the file cannot be a document to acknowledge (an English message key), or null when it can.</summary>
    public static string? ProblemOf(IFormFile file)
    {
        if (file.Length == 0) return Empty;
        if (file.Length > MaxBytes) return TooLarge;
        using var content = file.OpenReadStream();
        return IsPdf(content, file.Length) ? null : NotPdf;
    }

    /// <summary>
    /// A PDF begins with its header and ends with its end-of-file marker (within the last kilobyte, where writers put
    /// it): a renamed text or image file has neither, and a file cut off in transfer lacks the end.
    /// </summary>
    public static bool IsPdf(Stream content, long length)
    {
        var head = new byte[5];
        if (content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.AsSpan().SequenceEqual("%PDF-"u8)) return false;
        var tailLength = (int)Math.Min(1024, length);
        content.Seek(length - tailLength, SeekOrigin.Begin);
        var tail = new byte[tailLength];
        var read = content.ReadAtLeast(tail, tailLength, throwOnEndOfStream: false);
        return tail.AsSpan(0, read).IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>The name to show: the bare name, trimmed and no longer than the column.</summary>
    public static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0) name = "document.pdf";
        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    /// <summary>Stores a checked upload; the file goes again if the transaction that would have named it rolls back.</summary>
    public async Task<(string Key, string Name)> StoreAsync(IFormFile file, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        return (await StoreAsync(content, ct), DisplayName(file.FileName));
    }

    public async Task<string> StoreAsync(Stream content, CancellationToken ct)
    {
        var key = await storage.SaveAsync(content, Folder, ".pdf", ct);
        effects.AfterRollback(cancellationToken => storage.DeleteAsync(key, cancellationToken));
        return key;
    }
}

/// <summary>
/// A stored document to read, as the browser gets it: read from the file store by its key, never from a public folder,
/// always as a download with a type from a short list and a name made only of safe characters.
/// </summary>
public record DocumentDownload(Stream Content, string ContentType, string FileName)
{
    private static readonly Dictionary<string, string> SafeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <summary>The document under the key, or "not found" when the store no longer has it.</summary>
    public static async Task<DocumentDownload> OpenAsync(IFileStorage files, string key, string? name, CancellationToken ct)
    {
        var content = await files.OpenReadAsync(key, ct) ?? throw new NotFoundException();
        var extension = Path.GetExtension(key);
        var type = SafeTypes.GetValueOrDefault(extension, "application/octet-stream");
        // The name HR uploaded keeps its own extension ("handbook.pdf"); the one the stored file has is what counts.
        var bare = name is not null && Path.GetExtension(name).Equals(extension, StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(name) : name;
        var safeName = new string((bare ?? "").Where(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' or ' ').ToArray()).Trim();
        return new DocumentDownload(content, type,
            $"{(safeName.Length == 0 ? "document" : safeName)}{(SafeTypes.ContainsKey(extension) ? extension.ToLowerInvariant() : "")}");
    }
}
