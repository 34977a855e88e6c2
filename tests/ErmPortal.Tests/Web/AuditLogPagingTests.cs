using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Audit;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>HR reads a long audit log page after page: newest first, every change once, however many share a minute.</summary>
public class AuditLogPagingTests(ListQueryPlanTests.LongAuditLog portal) : IClassFixture<ListQueryPlanTests.LongAuditLog>
{
    private static readonly Regex Imported = new(">import-(\\d+)<", RegexOptions.Compiled);
    private static readonly Regex Next = new("href=\"([^\"]+)\" rel=\"next\"", RegexOptions.Compiled);
    private static readonly Regex Previous = new("href=\"([^\"]+)\" rel=\"prev\"", RegexOptions.Compiled);

    private static List<string> EntriesOn(string page) => Imported.Matches(page).Select(m => m.Groups[1].Value).ToList();

    private static string Link(Regex link, string page) => WebUtility.HtmlDecode(link.Match(page).Groups[1].Value);

    [Fact]
    public async Task Should_show_each_change_once_newest_first_when_following_the_links_and_back()
    {
        var expected = await portal.QueryDbAsync(db => db.Set<AuditEntry>().Where(a => a.NewValue!.StartsWith("import-"))
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Select(a => a.NewValue!.Substring(7)).Take(125).ToListAsync());
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var pages = new List<string> { await client.GetStringAsync("/audit?field=Employee.Phone&actor=Import") };
        while (pages.Count < 5) pages.Add(await client.GetStringAsync(Link(Next, pages[^1])));

        Assert.Equal(expected, pages.SelectMany(EntriesOn));
        Assert.Contains("Showing 101–125 of more than 1000<", pages[^1]);
        Assert.Equal(EntriesOn(pages[^2]), EntriesOn(await client.GetStringAsync(Link(Previous, pages[^1]))));
        Assert.Equal(EntriesOn(pages[2]), EntriesOn(await client.GetStringAsync("/audit?field=Employee.Phone&actor=Import&page=3")));
    }
}
