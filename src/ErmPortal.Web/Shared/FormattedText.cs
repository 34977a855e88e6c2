using Ganss.Xss;

namespace ErmPortal.Web.Shared;

/// <summary>
/// Formatted text people write for others to read (an opening's description): paragraphs, headings, lists, emphasis
/// and links, and nothing that runs, loads or restyles the page. Sanitised when saved, so what is stored is already
/// safe to show as HTML, and again when shown, so a row written some other way cannot carry a script onto a page.
/// </summary>
public static class FormattedText
{
    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(["p", "br", "h3", "h4", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "blockquote"], StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(["https", "http", "mailto"], StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
    });

    static FormattedText()
    {
        // A link written into a description leaves the portal: it opens without handing over this page.
        Sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link) link.SetAttribute("rel", "noopener noreferrer nofollow");
        };
    }

    /// <summary>The text with everything outside the allowed formatting removed; the words themselves are kept.</summary>
    public static string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html).Trim();
}
