using System.Globalization;
using ErmPortal.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Preferences;

public class PortalTimeOptions
{
    /// <summary>The IANA zone times are shown in for people who have not chosen their own.</summary>
    public string TimeZone { get; set; } = "UTC";
}

/// <summary>
/// Dates, times and lists as the person reading the page expects them: in their language's calendar (Persian
/// readers get the Solar Hijri calendar), and times moved from UTC into their time zone. One per request: the
/// zone comes from the sign-in (a claim), so nothing is looked up per value.
/// </summary>
public class ViewerFormat(ICurrentUser user, IOptions<PortalTimeOptions> options)
{
    public const string TimeZoneClaim = "erm:time_zone";

    private CultureInfo? _culture;
    private TimeZoneInfo? _zone;

    /// <summary>
    /// The request's culture, with the Persian calendar made certain for Persian: ICU gives it today, but a host in
    /// invariant or NLS globalization mode would fall back to the Gregorian calendar and show Iranian readers
    /// dates they do not use.
    /// </summary>
    public CultureInfo Culture => _culture ??= WithNativeCalendar(CultureInfo.CurrentCulture);

    public TimeZoneInfo TimeZone => _zone ??= FindZone(user.Principal.FindFirst(TimeZoneClaim)?.Value) ?? FindZone(options.Value.TimeZone) ?? TimeZoneInfo.Utc;

    public string Date(DateOnly date) => date.ToString("d", Culture);

    /// <summary>A moment stored in UTC, as the clock on the reader's wall showed it.</summary>
    public string DateTime(DateTime utc) => ToLocal(utc).ToString("g", Culture);

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>
    /// An amount with its currency code: whole amounts without decimals, others with two (never the culture's default
    /// digits, which are three for some neutral cultures).
    /// </summary>
    public string Money(decimal amount, string currency) => $"{amount.ToString(amount % 1 == 0 ? "N0" : "N2", Culture)} {currency}";

    /// <summary>Items joined the way the language lists them: "a, b" in English, "a، b" in Persian, "a、b" in Chinese.</summary>
    public string List(IEnumerable<string> items) => string.Join(ListSeparator(Culture), items);

    public static CultureInfo WithNativeCalendar(CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName != "fa" || culture.DateTimeFormat.Calendar is PersianCalendar) return culture;
        var persian = (CultureInfo)culture.Clone();
        persian.DateTimeFormat.Calendar = new PersianCalendar();
        return persian;
    }

    public static TimeZoneInfo? FindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    private static string ListSeparator(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "fa" => "، ",
        "zh" => "、",
        _ => ", ",
    };
}
