using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>HR pages through the employee list by its links or by page number; either way everyone shows once, in name order.</summary>
public class EmployeeListPagingTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static readonly Regex Row = new("<a (?=[^>]*class=\"fw-semibold\")[^>]*href=\"/employees/(\\d+)\"", RegexOptions.Compiled);
    private static readonly Regex Next = new("href=\"([^\"]+)\" rel=\"next\"", RegexOptions.Compiled);
    private static readonly Regex Previous = new("href=\"([^\"]+)\" rel=\"prev\"", RegexOptions.Compiled);

    private static List<int> RowsOn(string page) =>
        Row.Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    private static string? Link(Regex link, string page) =>
        link.Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>Everyone with this status, in the list's order (last name, first name, id, as the database compares names).</summary>
    private Task<List<int>> EveryoneAsync(EmployeeStatus status) =>
        portal.QueryDbAsync(db => db.Employees.Where(e => e.Status == status)
            .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync());

    [Fact]
    public async Task Should_show_everyone_once_in_name_order_when_following_the_next_links_and_back()
    {
        var everyone = await EveryoneAsync(EmployeeStatus.Active);
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var pages = new List<List<int>>();
        var url = "/employees?status=Active&pageSize=20";
        string page;
        do
        {
            page = await client.GetStringAsync(url);
            pages.Add(RowsOn(page));
            Assert.True(pages.Count <= everyone.Count / 20 + 1, "the links come to an end");
        } while (Link(Next, page) is { } next && (url = next) is not null);

        Assert.Equal(everyone, pages.SelectMany(p => p));
        Assert.Contains($"Page {pages.Count} of {pages.Count}<", page);

        // And back again, page by page, to the first one.
        for (var back = pages.Count - 2; back >= 0; back--)
        {
            var previous = Link(Previous, page);
            Assert.NotNull(previous);
            Assert.Contains("before=", previous);
            page = await client.GetStringAsync(previous);
            Assert.Equal(pages[back], RowsOn(page));
        }
        Assert.Null(Link(Previous, page));
    }

    [Fact]
    public async Task Should_show_the_same_people_on_a_numbered_page_as_by_following_the_links()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = "/employees?pageSize=15";
        for (var i = 1; i < 4; i++) url = Link(Next, await client.GetStringAsync(url))!;

        var byLinks = await client.GetStringAsync(url);
        var byNumber = await client.GetStringAsync("/employees?pageSize=15&page=4");

        Assert.Equal(RowsOn(byNumber), RowsOn(byLinks));
        Assert.Equal(15, RowsOn(byNumber).Count);
        Assert.Contains("Showing 46–60 of ", byNumber);
        Assert.Contains("Showing 46–60 of ", byLinks);
    }

    [Fact]
    public async Task Should_show_the_last_page_when_the_page_number_is_past_the_end()
    {
        var everyone = await EveryoneAsync(EmployeeStatus.Active);
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await client.GetStringAsync("/employees?status=Active&pageSize=20&page=200");

        Assert.Equal(everyone.Skip((everyone.Count - 1) / 20 * 20), RowsOn(page));
        Assert.Null(Link(Next, page));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_run_as_many_queries_for_fifty_rows_as_for_ten_when_listing_employees(bool followingTheNextLink)
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        async Task<(int Rows, int Commands)> OpenAsync(int size)
        {
            var url = $"/employees?status=Active&pageSize={size}";
            if (followingTheNextLink) url = Link(Next, await client.GetStringAsync(url))!;
            await client.GetStringAsync(url);
            portal.Commands.Reset();
            var rows = RowsOn(await client.GetStringAsync(url)).Count;
            return (rows, portal.Commands.Count);
        }

        var ten = await OpenAsync(10);
        var fifty = await OpenAsync(50);

        // The second page of fifty is full only while a hundred people are active; the demo's count depends on the day.
        var active = (await EveryoneAsync(EmployeeStatus.Active)).Count;
        Assert.Equal((10, followingTheNextLink ? Math.Min(50, active - 50) : 50), (ten.Rows, fifty.Rows));
        Assert.True(fifty.Rows > ten.Rows, $"Only {active} people are active: the pages cannot differ in size.");
        Assert.Equal(ten.Commands, fifty.Commands);
    }
}
