using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// Ready-made reasons for a rejection (English resource keys), offered on the board beside a free text. The reason is
/// kept in the words the recruiter chose, in their language, with what they added.
/// </summary>
public static class RejectionReasons
{
    public static readonly IReadOnlyList<string> Templates =
    [
        "Other candidates matched the requirements more closely",
        "The experience does not match what the role needs",
        "A required skill is missing",
        "The position has been filled",
        "The candidate did not reply",
    ];

    /// <summary>The template (if it is one of ours) and the free text, as one reason; null when neither was given.</summary>
    public static string? Compose(string? template, string? freeText, IStringLocalizer localizer)
    {
        var chosen = Templates.Contains(template) ? localizer[template!].Value : null;
        var added = string.IsNullOrWhiteSpace(freeText) ? null : freeText.Trim();
        return (chosen, added) switch
        {
            (null, null) => null,
            (not null, null) => chosen,
            (null, not null) => added,
            _ => $"{chosen}. {added}",
        };
    }
}
