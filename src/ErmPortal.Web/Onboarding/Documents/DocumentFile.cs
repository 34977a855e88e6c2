using ErmPortal.Web.Profiles;
using ErmPortal.Web.Recruitment.Careers;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>
/// A file kept about a person: a PDF, a Word document, or a PNG or JPEG scan, of at most 10 MB, recognised by what it
/// holds rather than by its name or the browser's word. A name that reaches into folders is refused, as with a CV.
/// </summary>
public static class DocumentFile
{
    public const int MaxBytes = 10 * 1024 * 1024;
    /// <summary>The request may be a little larger than the file: the form's other fields and multipart framing.</summary>
    public const int MaxRequestBytes = MaxBytes + 64 * 1024;
    public const string Folder = "employee-documents";
    public const string Missing = "Choose the file to upload.";
    public const string TooLarge = "The file is larger than 10 MB. Choose a smaller one.";
    public const string WrongType = "Only PDF, Word (.docx), PNG or JPEG files can be kept as documents.";
    public const string NotPlainName = "This file name cannot be kept. Give the file a plain name and choose it again.";

    public record Kind(string Extension, string ContentType);

    private static readonly Kind Pdf = new(".pdf", "application/pdf");
    private static readonly Kind Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static readonly Kind Png = new(".png", "image/png");
    private static readonly Kind Jpeg = new(".jpg", "image/jpeg");
    private static readonly Kind[] Known = [Pdf, Docx, Png, Jpeg];

    /// <summary>Why the file cannot be kept (an English message key), or null when it can.</summary>
    public static string? ProblemOf(IFormFile? file)
    {
        if (file is null) return Missing;
        if (file.Length == 0) return CvFile.Empty;
        if (file.Length > MaxBytes) return TooLarge;
        if (!CvFile.IsPlainName(file.FileName)) return NotPlainName;
        using var content = file.OpenReadStream();
        return KindOf(content) is null ? WrongType : null;
    }

    /// <summary>What the content is, or null when it is none of the kinds a document may be.</summary>
    public static Kind? KindOf(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        var head = new byte[16];
        var read = buffer.Read(head, 0, head.Length);
        switch (ImageFormats.ExtensionOf(head.AsSpan(0, read)))
        {
            case ".png": return Png;
            case ".jpg": return Jpeg;
        }
        buffer.Position = 0;
        return CvFile.KindOf(buffer) switch
        {
            CvKind.Pdf => Pdf,
            CvKind.Docx => Docx,
            _ => null,
        };
    }

    /// <summary>The content type to answer a download with: one of the kinds above, never what was stored as text.</summary>
    public static string SafeContentType(string stored) =>
        Known.FirstOrDefault(k => k.ContentType == stored)?.ContentType ?? "application/octet-stream";

    /// <summary>The name the browser saves the download as: the kept name in safe characters, with the extension of its kind.</summary>
    public static string DownloadName(string fileName, string contentType)
    {
        var extension = Known.FirstOrDefault(k => k.ContentType == contentType)?.Extension ?? "";
        var name = new string(Path.GetFileNameWithoutExtension(fileName).Where(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' or ' ').ToArray()).Trim();
        return $"{(name.Length == 0 ? "document" : name)}{extension}";
    }
}
