using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>The offer letter as a one-page A4 PDF, with the words of the printable page.</summary>
public static class OfferLetterPdf
{
    private const double Margin = 64, LineGap = 1.35;
    private static readonly object FontGate = new();

    private enum Style { Text, Title }

    /// <summary>What the letter says, in order: each piece with its style and the space after it.</summary>
    private static IEnumerable<(string Text, Style Style, double After)> Pieces(OfferLetter.Letter letter, IStringLocalizer l)
    {
        yield return ("ErmPortal", Style.Text, 4);
        yield return (letter.Date.ToString("D", CultureInfo.CurrentCulture), Style.Text, 18);
        yield return (l["Offer of employment"], Style.Title, 8);
        yield return (letter.CandidateName, Style.Text, 14);
        foreach (var paragraph in letter.Paragraphs(l)) yield return (paragraph, Style.Text, 8);
        yield return (l["Kind regards,"], Style.Text, 0);
        yield return (letter.HiringManagerName, Style.Text, 0);
    }

    /// <summary>
    /// Whether the PDF would read as the letter does. PDFsharp draws glyphs one after another from left to right: it
    /// neither joins the letters of Arabic-script words nor reorders right-to-left text, and the letter's font has no
    /// Chinese, Japanese or Korean glyphs. So the PDF is made only when every character is Latin, Greek or Cyrillic (with
    /// common punctuation and currency signs), in any language and for any name; otherwise the printable page is the copy.
    /// </summary>
    public static bool CanRender(OfferLetter.Letter letter, IStringLocalizer l) =>
        Pieces(letter, l).All(piece => piece.Text.All(c => c < '\u0530' || c is >= '\u1E00' and < '\u20D0'));

    public static byte[] Render(OfferLetter.Letter letter, IStringLocalizer l)
    {
        UseLetterFonts();
        using var document = new PdfDocument();
        document.Info.Title = l["Offer of employment"];
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var text = new XFont(LetterFontResolver.Family, 11, XFontStyleEx.Regular);
            var title = new XFont(LetterFontResolver.Family, 16, XFontStyleEx.Bold);
            var width = page.Width.Point - 2 * Margin;
            var bottom = page.Height.Point - Margin;
            var y = Margin;
            foreach (var piece in Pieces(letter, l))
            {
                var font = piece.Style == Style.Title ? title : text;
                foreach (var line in Wrap(gfx, piece.Text, font, width))
                {
                    // One page: a note long enough to run past the margin is cut rather than spilling onto a second page.
                    if (y + font.Height > bottom) break;
                    gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, width, font.Height), XStringFormats.TopLeft);
                    y += font.Height * LineGap;
                }
                y += piece.After;
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Lines that fit the width: broken between words, or between characters for a script written without spaces.</summary>
    private static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        bool Fits(string s) => gfx.MeasureString(s, font).Width <= width;
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var attempt = line.Length == 0 ? word : line + " " + word;
                if (Fits(attempt)) { line = attempt; continue; }
                if (line.Length > 0) yield return line;
                line = "";
                foreach (var character in word)
                {
                    if (line.Length > 0 && !Fits(line + character)) { yield return line; line = ""; }
                    line += character;
                }
            }
            yield return line;
        }
    }

    /// <summary>
    /// PDFsharp 6 finds no fonts of its own on Linux: it is given ours, once for the whole process, as its global setting
    /// asks (the same instance every time).
    /// </summary>
    private static void UseLetterFonts()
    {
        lock (FontGate)
            if (GlobalFontSettings.FontResolver is not LetterFontResolver) GlobalFontSettings.FontResolver = LetterFontResolver.Instance;
    }
}

/// <summary>
/// The letter's typeface: a font file shipped beside the app (a Fonts folder) if there is one, else a common sans-serif
/// font of the system (DejaVu, Liberation, Noto, Arial), else any TrueType font found, so that a server with unusual
/// fonts still gets a letter rather than an error.
/// </summary>
public sealed class LetterFontResolver : IFontResolver
{
    public const string Family = "Offer letter";
    public static readonly LetterFontResolver Instance = new();

    private static readonly string[] Regular = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "arial.ttf"];
    private static readonly string[] Bold = ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "NotoSans-Bold.ttf", "arialbd.ttf"];

    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    private static IEnumerable<string> Folders() =>
        new[] { Path.Combine(AppContext.BaseDirectory, "Fonts"), "/usr/share/fonts", "/usr/local/share/fonts",
                Environment.GetFolderPath(Environment.SpecialFolder.Fonts) }
            .Where(f => f.Length > 0 && System.IO.Directory.Exists(f));

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "letter-bold" : "letter-regular");

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, face => File.ReadAllBytes(Find(face == "letter-bold" ? Bold : Regular)));

    private static string Find(string[] preferred)
    {
        var files = Folders().SelectMany(f => System.IO.Directory.EnumerateFiles(f, "*.ttf", SearchOption.AllDirectories)).ToList();
        return preferred.Select(name => files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase)))
                   .FirstOrDefault(f => f is not null)
               ?? files.FirstOrDefault()
               ?? throw new InvalidOperationException(
                   "No TrueType font was found for offer letters: put a .ttf file in the Fonts folder beside the app, or install one (fonts-dejavu-core).");
    }
}
