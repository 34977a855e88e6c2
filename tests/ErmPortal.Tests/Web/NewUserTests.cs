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

    [Fact]
    public async Task Should_refuse_beside_the_field_a_position_of_another_department_when_hr_creates_or_transfers_someone()
    {
        var (sales, analyst, engineer, person) = await portal.QueryDbAsync(async db => (
            await db.Departments.Where(d => d.Name == "Sales").Select(d => d.Id).SingleAsync(),
            await db.Positions.Where(p => p.Title == "Financial Analyst").Select(p => p.Id).SingleAsync(),
            await db.Positions.Where(p => p.Title == "Account Executive").Select(p => p.Id).SingleAsync(),
            await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => new { e.Id, e.LocationId }).SingleAsync()));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Dictionary<string, string> Create(int position) => new()
        {
            ["LegalFirstName"] = "Rosa", ["LegalLastName"] = "Family", ["WorkEmail"] = $"rosa.family.{position}@erm.demo",
            ["HireDate"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["EmploymentType"] = "FullTime",
            ["DepartmentId"] = sales.ToString(CultureInfo.InvariantCulture), ["PositionId"] = position.ToString(CultureInfo.InvariantCulture),
            ["LocationId"] = person.LocationId.ToString(CultureInfo.InvariantCulture), ["ManagerEmail"] = DemoPeople.Manager,
        };

        var refused = await hr.PostFormAsync("/employees/new", "/employees/new", Create(analyst));
        var accepted = await hr.PostFormAsync("/employees/new", "/employees/new", Create(engineer));
        var transfer = await hr.FormFieldsAsync($"/employees/{person.Id}/transfer");
        transfer["DepartmentId"] = sales.ToString(CultureInfo.InvariantCulture);
        transfer["PositionId"] = analyst.ToString(CultureInfo.InvariantCulture);
        transfer["Kind"] = "Transfer";
        transfer["LocationId"] = person.LocationId.ToString(CultureInfo.InvariantCulture);
        var transferred = await hr.PostFormAsync($"/employees/{person.Id}/transfer", $"/employees/{person.Id}/transfer", transfer);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("data-valmsg-for=\"PositionId\"[^>]*>This position belongs to another department.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        Assert.Contains("This position belongs to another department.", WebUtility.HtmlDecode(await transferred.Content.ReadAsStringAsync()));
        Assert.False(await portal.QueryDbAsync(db => db.Employees.AnyAsync(e => e.WorkEmail == $"rosa.family.{analyst}@erm.demo")));
    }
}
