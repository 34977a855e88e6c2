using System.Globalization;

namespace ErmPortal.Tests.Unit;

/// <summary>Amounts read as people write them: no stray decimals on whole amounts, two on the others, in the viewer's language.</summary>
public class MoneyFormatTests
{
    [Theory]
    [InlineData("en", 1450, "1,450 EUR")]
    [InlineData("en", 890.5, "890.50 EUR")]
    [InlineData("it", 1450, "1.450 EUR")]
    public void Should_show_whole_amounts_without_decimals_and_others_with_two_whatever_the_culture_defaults_to(string culture, double amount, string expected)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, TimelineRenderingTests.FormatFor().Money((decimal)amount, "EUR"));
        }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current); }
    }
}
