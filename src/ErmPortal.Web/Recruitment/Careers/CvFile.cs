using System.IO.Compression;
using System.Text;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>The kinds of CV a candidate may send, told apart by what the file holds.</summary>
public enum CvKind { Pdf, Docx }

/// <summary>
/// A candidate's CV: a PDF or a Word document of at most 5 MB, recognised by its content, never by its name or the
/// browser's word. The name the file had is kept only to show it to recruiters, without any folder part; a name that
/// tries to reach into folders is refused, as someone probing the server rather than a candidate sends it.
/// </summary>
public static class CvFile
{
    public const int MaxBytes = 5 * 1024 * 1024;
    /// <summary>The request may be a little larger than the CV: the form's other fields and multipart framing.</summary>
    public const int MaxRequestBytes = MaxBytes + 64 * 1024;
    public const string Folder = "cv";
    public const string TooLarge = "The CV is larger than 5 MB. Send a smaller file.";
    public const int MaxNameLength = 200;
    public const string Missing = "Choose your CV to upload (PDF or Word).";
    public const string Empty = "The file is empty.";
    public const string WrongType = "Only PDF or Word (.docx) files can be sent as a CV.";
    public const string NotPlainName = "This file name cannot be used. Rename the file to a plain name and choose it again.";

    // A Word document is a ZIP of XML parts; a real one has a few dozen. Far more, or a content-types part larger
    // than this, is not a CV, and nothing of it is decompressed beyond these bounds.
    private const int MaxZipEntries = 1000;
    private const int MaxContentTypesBytes = 64 * 1024;
    private const string WordMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Why the file cannot be taken as a CV (an English message key), or null when it can.</summary>
    public static string? ProblemOf(IFormFile file)
    {
        if (file.Length == 0) return Empty;
        if (file.Length > MaxBytes) return TooLarge;
        if (!IsPlainName(file.FileName)) return NotPlainName;
        using var content = new MemoryStream((int)file.Length);
        using (var upload = file.OpenReadStream()) upload.CopyTo(content);
        content.Position = 0;
        return KindOf(content) is null ? WrongType : null;
    }

    /// <summary>What the content is, or null when it is neither a PDF nor a Word document.</summary>
    public static CvKind? KindOf(Stream content)
    {
        var head = new byte[5];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 5 && head.AsSpan().SequenceEqual("%PDF-"u8)) return CvKind.Pdf;
        if (read < 4 || !head.AsSpan(0, 4).SequenceEqual("PK\x03\x04"u8)) return null;
        content.Position = 0;
        return IsWordDocument(content) ? CvKind.Docx : null;
    }

    public static string ExtensionOf(CvKind kind) => kind == CvKind.Pdf ? ".pdf" : ".docx";

    public static string ContentTypeOf(CvKind kind) => kind == CvKind.Pdf
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// False for a name that carries a folder ("../../etc/passwd.pdf", "C:\cv.pdf"), a control character or nothing
    /// readable: browsers send the bare file name, so such a name was written by hand.
    /// </summary>
    public static bool IsPlainName(string? fileName) =>
        !string.IsNullOrWhiteSpace(fileName)
        && fileName.IndexOfAny(['/', '\\', ':']) < 0
        && !fileName.Contains("..", StringComparison.Ordinal)
        && !fileName.Any(char.IsControl)
        && fileName.Trim().Trim('.').Length > 0;

    /// <summary>The name to show recruiters: the bare name, trimmed and no longer than the column.</summary>
    public static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    private static bool IsWordDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries) return false;
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || zip.GetEntry("word/document.xml") is null || types.Length > MaxContentTypesBytes) return false;
            using var reader = types.Open();
            // Read no further than the bound even if the entry lies about its size.
            var buffer = new byte[MaxContentTypesBytes + 1];
            var read = reader.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return read <= MaxContentTypesBytes && Encoding.UTF8.GetString(buffer, 0, read).Contains(WordMainPart, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }
    }
}
