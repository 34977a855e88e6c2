using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>What a person new to the portal runs into: links that lead nowhere, paging past the ends, odd wording.</summary>
public partial class NewUserTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "a long enough passphrase";

    [GeneratedRegex("href=\"(/[^\"#]*)\"")]
    private static partial Regex LocalLink();

    [Theory]
    [InlineData("no-record-employee@erm.test", new[] { Roles.Employee })]
    [InlineData("no-record-everything@erm.test", new[] { Roles.Employee, Roles.Manager, Roles.Hr, Roles.Admin })]
    public async Task Should_offer_no_link_that_leads_to_not_found_when_an_account_has_no_employee_record(string email, string[] roles)
    {
        await portal.CreateAccountAsync(email, Password, roles);
        var client = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = email, ["Password"] = Password })).StatusCode);

        var home = await client.GetStringAsync("/");
        var links = LocalLink().Matches(home).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(link => !link.StartsWith("/lib/", StringComparison.Ordinal) && !link.StartsWith("/css/", StringComparison.Ordinal)).Distinct().ToList();

        Assert.DoesNotContain("id=\"nav-my-profile\"", home);
        var broken = new List<string>();
        foreach (var link in links)
            if ((await client.GetAsync(link)).StatusCode == HttpStatusCode.NotFound) broken.Add(link);
        Assert.True(broken.Count == 0, "Not found: " + string.Join(", ", broken));
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("-5", 1)]
    [InlineData("1", 1)]
    [InlineData("99999", -1)]
    public async Task Should_show_a_real_page_without_links_past_either_end_when_the_employee_list_is_paged(string asked, int expected)
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var pageCount = int.Parse(Regex.Match(await hr.GetStringAsync("/employees"), @"Page 1 of (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var shown = expected == -1 ? pageCount : expected;

        var page = WebUtility.HtmlDecode(await hr.GetStringAsync($"/employees?page={asked}"));

        Assert.Contains($"Page {shown} of {pageCount}", page);
        Assert.DoesNotMatch("href=\"[^\"]*[?&]page=(0|-)", page);
        Assert.DoesNotMatch($"href=\"[^\"]*[?&]page={pageCount + 1}\"", page);
        Assert.Equal(shown > 1, page.Contains("rel=\"prev\""));
        Assert.Equal(shown < pageCount, page.Contains("rel=\"next\""));
    }

    [Fact]
    public async Task Should_say_when_a_future_hire_joins_and_count_one_year_in_the_singular_on_the_profile()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (future, oneYear) = await portal.QueryDbAsync(async db =>
        {
            var people = await db.Employees.Where(e => e.ManagerId != null && !e.DirectReports.Any()).OrderBy(e => e.Id).Skip(50).Take(2).ToListAsync();
            people[0].HireDate = today.AddDays(20);
            people[1].HireDate = today.AddYears(-1).AddDays(-10);
            await db.SaveChangesAsync();
            return (people[0].Id, people[1].Id);
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var joins = WebUtility.HtmlDecode(await hr.GetStringAsync($"/employees/{future}"));
        var year = WebUtility.HtmlDecode(await hr.GetStringAsync($"/employees/{oneYear}"));

        Assert.Contains($"Joins on {today.AddDays(20).ToString("d", CultureInfo.GetCultureInfo("en"))}", joins);
        Assert.DoesNotContain("Joined less than a year ago", joins);
        Assert.Contains("With us for 1 year<", year);
        Assert.DoesNotContain("1 years", year);
    }
}
