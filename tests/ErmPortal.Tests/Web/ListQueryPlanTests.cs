using System.Globalization;
using System.Text.RegularExpressions;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The lists that grow with the organisation (employees, the audit log, change requests, the directory) read each page
/// through an index in the page's order, whatever page and filter: SQLite's plan for every command the page really sent.
/// </summary>
public class ListQueryPlanTests(ListQueryPlanTests.LongAuditLog portal) : IClassFixture<ListQueryPlanTests.LongAuditLog>
{
    /// <summary>The demo organisation with more changes recorded than a page's count goes up to.</summary>
    public class LongAuditLog : CountingPortalFactory, IAsyncLifetime
    {
        public const int Entries = PagingExtensions.CountLimit + 100;

        public async Task InitializeAsync()
        {
            await this.PlantOpeningAsync(DemoPeople.Manager, [], 300, "plan");
            await PlantHistoryAsync();
        }

        private Task PlantHistoryAsync() => QueryDbAsync(async db =>
        {
            var someone = await db.Employees.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            var manager = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Manager);
            db.AddRange(new[] { "Ada", "Bram", "Cleo" }.Select(first => Employee.Hire(first, "Smith", $"{first}.smith@erm.demo", new DateOnly(2024, 3, 1),
                manager.DepartmentId, manager.PositionId, manager.LocationId, manager.Id, EmploymentType.FullTime)));
            db.AddRange(Enumerable.Range(0, Entries).Select(i => new AuditEntry
            {
                AtUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i % 500), ActorName = "Import", EntityType = "Employee",
                EntityId = someone.ToString(CultureInfo.InvariantCulture), EmployeeId = someone, Action = "Modified", Field = "Phone", NewValue = $"import-{i}",
            }));
            return await db.SaveChangesAsync();
        });

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static readonly Regex NextLink = new("href=\"([^\"]+)\" rel=\"next\"", RegexOptions.Compiled);

    /// <summary>Opens the page (once to warm up) and returns the plan of every command it sent.</summary>
    private async Task<List<(string Sql, IReadOnlyList<string> Plan)>> PlansOfAsync(HttpClient client, string url)
    {
        await client.GetStringAsync(url);
        portal.Commands.Reset();
        await client.GetStringAsync(url);
        return portal.Commands.Captured.Select(c => (c.Text, QueryPlans.Of(portal.DatabasePath, c))).ToList();
    }

    /// <summary>No command reads a whole table; unless <paramref name="sorting"/> (a search's matches), none sorts rows either.</summary>
    private static void AssertReadThroughIndexes(List<(string Sql, IReadOnlyList<string> Plan)> plans, bool sorting)
    {
        foreach (var (sql, plan) in plans)
        {
            var why = $"{sql}\n-- plan:\n{string.Join("\n", plan)}";
            Assert.True(!QueryPlans.FullScans(sql, plan).Any(), "reads a whole table:\n" + why);
            Assert.True(sorting || !QueryPlans.Sorts(plan), "sorts:\n" + why);
        }
    }

    private async Task<string> ResolveAsync(string url)
    {
        var department = await portal.QueryDbAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var employee = await portal.QueryDbAsync(db => db.Set<AuditEntry>().Where(a => a.EmployeeId != null).Select(a => a.EmployeeId).FirstAsync());
        return url.Replace("{department}", department.ToString(), StringComparison.Ordinal).Replace("{employee}", employee.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/employees")]
    [InlineData("/employees?page=4&pageSize=20")]
    [InlineData("/employees?status=Active")]
    [InlineData("/employees?departmentId={department}")]
    [InlineData("/employees?departmentId={department}&status=Active&page=2&pageSize=5")]
    [InlineData("/audit")]
    [InlineData("/audit?page=3")]
    [InlineData("/audit?employeeId={employee}")]
    [InlineData("/audit?field=Employee.Phone")]
    [InlineData("/audit?from=2020-01-01&to=2040-12-31")]
    [InlineData("/change-requests")]
    [InlineData("/change-requests?status=Approved")]
    [InlineData("/directory")]
    [InlineData("/recruitment/requisitions")]
    [InlineData("/recruitment/requisitions?status=Pending")]
    [InlineData("/recruitment/candidates")]
    [InlineData("/recruitment/candidates?page=3")]
    [InlineData("/recruitment/candidates?source=CareersPage")]
    [InlineData("/recruitment/candidates?stage=Applied")]
    [InlineData("/recruitment/candidates?source=Referral&stage=Interview")]
    public async Task Should_read_the_page_through_an_index_without_sorting_when_listing(string url)
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var plans = await PlansOfAsync(client, await ResolveAsync(url));

        AssertReadThroughIndexes(plans, sorting: false);
    }

    [Theory]
    [InlineData("/employees?pageSize=10")]
    [InlineData("/employees?status=Active&pageSize=10")]
    [InlineData("/audit")]
    [InlineData("/audit?field=Employee.Phone")]
    public async Task Should_read_the_next_page_through_an_index_without_sorting_when_following_the_next_link(string url)
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var next = NextLink.Match(await client.GetStringAsync(url));
        Assert.True(next.Success, "the first page links to a next one");
        Assert.Contains("after=", next.Groups[1].Value);

        var plans = await PlansOfAsync(client, System.Net.WebUtility.HtmlDecode(next.Groups[1].Value));

        AssertReadThroughIndexes(plans, sorting: false);
    }

    [Theory]
    [InlineData("/directory?search=Smith")]
    [InlineData("/directory?search=engi%20ber")]
    [InlineData("/employees?search=Smith&status=Active")]
    public async Task Should_find_people_through_the_full_text_index_when_searching(string url)
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var plans = await PlansOfAsync(client, url);

        Assert.Contains(plans, p => QueryPlans.UsesFullTextIndex(p.Plan));
        AssertReadThroughIndexes(plans, sorting: true);
        Assert.DoesNotContain(plans, p => p.Sql.Contains("LIKE", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/recruitment/candidates?search=Candidate1")]
    [InlineData("/recruitment/candidates?search=plan%20candidate&stage=Applied")]
    [InlineData("/recruitment/candidates?search=plan.12%40candidates.test&source=CareersPage")]
    public async Task Should_find_candidates_through_the_full_text_index_when_searching(string url)
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var plans = await PlansOfAsync(client, url);

        Assert.Contains(plans, p => QueryPlans.UsesFullTextIndex(p.Plan, "CandidateSearch"));
        AssertReadThroughIndexes(plans, sorting: true);
        Assert.DoesNotContain(plans, p => p.Sql.Contains("LIKE", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/employees")]
    [InlineData("/audit")]
    [InlineData("/change-requests?status=Approved")]
    [InlineData("/directory?search=a")]
    public async Task Should_never_count_the_whole_list_when_showing_a_page(string url)
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var plans = await PlansOfAsync(client, url);

        // The layout's own badges count what is waiting; the page's count stops at a limit.
        Assert.All(plans.Where(p => p.Sql.Contains("COUNT(*)", StringComparison.Ordinal) && p.Sql.Contains("ORDER BY", StringComparison.Ordinal)),
            p => Assert.Contains("LIMIT", p.Sql));
        Assert.Contains(plans, p => p.Sql.Contains("COUNT(*)", StringComparison.Ordinal) && p.Sql.Contains("LIMIT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_say_more_than_the_limit_when_the_list_is_longer_than_a_count_goes()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await client.GetStringAsync("/audit");

        Assert.Contains("Showing 1–25 of more than 1000<", page);
        Assert.Contains(">Page 1<", page);
    }
}
