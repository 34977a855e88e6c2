using ErmPortal.Data.Compensation;
using ErmPortal.Web.Preferences;

namespace ErmPortal.Web.Compensation.Pay;

public static class PayFormatting
{
    /// <summary>An amount kept in minor units, written in the viewer's format with its currency.</summary>
    public static string Minor(this ViewerFormat format, long amountMinor, string currency) => format.Money(PayMath.Major(amountMinor), currency);

    /// <summary>A percentage to at most two places, with a sign when asked: "+3.5%".</summary>
    public static string Percent(this ViewerFormat format, decimal percent, bool signed = false) =>
        percent.ToString(signed ? "+0.##;-0.##;0" : "0.##", format.Culture) + "%";
}

/// <summary>A small form on the pay page that ends something on a day: where it posts, its element id and the question asked first.</summary>
public record EndForm(string Action, string Id, string Confirmation);
