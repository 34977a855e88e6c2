using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>A Persian reader: the profile and its timeline in Persian, with dates in the Solar Hijri calendar and numbers left to right.</summary>
public class PersianTimelineJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{

    /// <summary>The portal's own words in the English timeline sentences; names of people and places may stay as they are.</summary>
    private static readonly Regex EnglishSentence = new(
        "Joined as|Status |Updated |Change of|Change request|Asked to change|approved|rejected|withdrawn|planned for|Last day|Leaving|Promotion|Transfer|department |position |location |manager ",
        RegexOptions.Compiled);

    /// <summary>A Solar Hijri year of the last decades (13xx or 14xx) at the start of a date.</summary>
    private static readonly Regex PersianDate = new(@"^1[34]\d\d/\d{1,2}/\d{1,2}", RegexOptions.Compiled);

    [Fact]
    public async Task Should_read_the_profile_and_timeline_in_persian_with_solar_hijri_dates_when_the_reader_switches_to_persian()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var page = await context.SignInAsync("hr@erm.demo");

        await page.Locator("#culture").SelectOptionAsync("fa");
        await page.Locator("#change-language").ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'fa'");

        await page.GotoAsync("/me");
        // The page runs right to left; the work email and phone numbers inside it keep running left to right.
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        var email = page.Locator("bdi", new() { HasText = "hr@erm.demo" }).First;
        Assert.Equal("ltr", await email.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var phones = page.Locator("bdi", new() { HasTextRegex = new Regex(@"^\+?[0-9 ()-]{6,}$") });
        Assert.True(await phones.CountAsync() > 0, "the profile shows a phone number");
        Assert.All(await phones.EvaluateAllAsync<string[]>("es => es.map(e => getComputedStyle(e).direction)"), d => Assert.Equal("ltr", d));
        var when = await page.Locator("#timeline .timeline-when").AllInnerTextsAsync();
        Assert.NotEmpty(when);
        Assert.All(when, w => Assert.Matches(PersianDate, w.Trim()));
        var entries = await page.Locator("#timeline li").AllInnerTextsAsync();
        Assert.All(entries, e => Assert.DoesNotMatch(EnglishSentence, e));

        await page.Locator("#timeline a[href$='/timeline']").ClickAsync();
        await page.WaitForURLAsync(new Regex("/timeline$"));
        var all = await page.Locator(".timeline li").AllInnerTextsAsync();
        Assert.True(all.Count >= when.Count, "the whole timeline holds at least the profile's latest entries");
        Assert.All(all, e => Assert.DoesNotMatch(EnglishSentence, e));
        Assert.All(await page.Locator(".timeline .timeline-when").AllInnerTextsAsync(), w => Assert.Matches(PersianDate, w.Trim()));
    }
}
