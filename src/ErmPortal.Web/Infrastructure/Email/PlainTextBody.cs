using System.Net;
using System.Text.RegularExpressions;

namespace ErmPortal.Web.Infrastructure.Email;

/// <summary>
/// The plain-text alternative of the portal's own email HTML, for mail clients that show no HTML (or are told not to):
/// paragraphs and list items stay on lines of their own and every link keeps its address, so a reset or invitation
/// link still works when read as text.
/// </summary>
public static partial class PlainTextBody
{
    public static string From(string html)
    {
        var text = Link().Replace(html, m =>
        {
            var label = WebUtility.HtmlDecode(Tag().Replace(m.Groups["label"].Value, "")).Trim();
            var address = WebUtility.HtmlDecode(m.Groups["href"].Value);
            return label.Length == 0 || label == address ? address : $"{label} ({address})";
        });
        text = ListItem().Replace(text, "- ");
        text = LineEnd().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        var lines = text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join("\n", lines), "\n\n").Trim() + "\n";
    }

    [GeneratedRegex("<a\\b[^>]*\\bhref=\"(?<href>[^\"]*)\"[^>]*>(?<label>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex("<li\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex("<br\\s*/?>|</(li|tr)>", RegexOptions.IgnoreCase)]
    private static partial Regex LineEnd();

    [GeneratedRegex("</(p|div|h[1-6]|ul|ol|table)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("[ \\t\\r]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\\n{3,}")]
    private static partial Regex BlankLines();
}
