using System.Globalization;
using Humanizer;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Infrastructure.Localization;

/// <summary>
/// Counted phrases in the form the reader's language needs. A phrase has two keys, its "one" form ("1 person found")
/// and its "other" form ("{0} people found"); the count goes in as {0} in either. Views use
/// <c>@L.Plural(count, "1 person found", "{0} people found")</c>.
/// </summary>
public static class Plurals
{
    /// <summary>
    /// Languages whose counted nouns keep one form whatever the number: Persian says "۱ نفر" and "۲ نفر", Chinese
    /// "1 人" and "2 人". They always use the "other" key, written with the count.
    /// </summary>
    private static readonly HashSet<string> OneFormLanguages = ["fa", "zh"];

    public static bool TakesOneForm(long count, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        // English and Italian (the CLDR rule "i = 1 and v = 0"): only exactly one is singular; "0 anni", "0 years".
        return count == 1 && !OneFormLanguages.Contains(language);
    }

    /// <param name="more">Further arguments, {1} onwards.</param>
    public static LocalizedHtmlString Plural(this IHtmlLocalizer localizer, long count, string one, string other, params object[] more) =>
        localizer[TakesOneForm(count, CultureInfo.CurrentUICulture) ? one : other, [count, .. more]];

    /// <param name="more">Further arguments, {1} onwards.</param>
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string one, string other, params object[] more) =>
        localizer[TakesOneForm(count, CultureInfo.CurrentUICulture) ? one : other, [count, .. more]];

    /// <summary>
    /// Whole years between two days, in words of the current language: "2 years", "2 anni", "۲ سال", "2 年".
    /// Humanizer's translations carry each language's plural rules for durations.
    /// </summary>
    public static string Years(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (from.AddYears(years) > to) years--;
        // Humanizer counts a year as 365.2425 days and rounds down; 366 days a year keeps whole years whole.
        return TimeSpan.FromDays(Math.Max(0, years) * 366).Humanize(
            maxUnit: TimeUnit.Year, minUnit: TimeUnit.Year, culture: CultureInfo.CurrentUICulture);
    }
}
