using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// HR's home-page figures and the directory's filter lists are kept between views, and read afresh after any write to
/// the tables they come from, whoever writes: nobody sees a figure older than the last change.
/// </summary>
public class KeptResultsTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static int Waiting(string home) =>
        int.Parse(Regex.Match(home, "id=\"pending-change-requests\">(\\d+)").Groups[1].Value);

    private static int MenuBadge(string page) =>
        int.Parse(Regex.Match(page, "id=\"nav-change-requests\".*?<span class=\"badge[^>]*>(\\d+)<", RegexOptions.Singleline).Groups[1].Value);

    [Fact]
    public async Task Should_read_no_kept_figure_again_when_hr_opens_home_twice_and_nothing_changed()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var first = await hr.GetStringAsync("/");
        portal.Commands.Reset();

        var second = await hr.GetStringAsync("/");

        Assert.Equal(Waiting(first), Waiting(second));
        Assert.DoesNotContain(portal.Commands.Texts, sql => sql.Contains("HeadcountFigures") || sql.Contains("WorkforceMonths")
                                                             || sql.Contains("\"ChangeRequests\"") || sql.Contains("JobChanges"));
    }

    [Fact]
    public async Task Should_count_a_new_request_on_hrs_home_at_once_when_an_employee_sends_it_after_hr_looked()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var before = Waiting(await hr.GetStringAsync("/"));

        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var fields = await employee.FormFieldsAsync("/me/change-requests/new");
        fields["HomeAddress"] = "Via Kept 1, Milano";
        Assert.Equal(HttpStatusCode.Redirect, (await employee.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields)).StatusCode);

        var home = await hr.GetStringAsync("/");
        Assert.Equal(before + 1, Waiting(home));
        Assert.Equal(before + 1, MenuBadge(home));
    }

    [Fact]
    public async Task Should_show_a_department_renamed_by_plain_sql_when_hr_opens_home_again()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var department = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.Id).Select(e => e.Department.Name).FirstAsync());
        Assert.Contains(department, await hr.GetStringAsync("/"));

        await portal.QueryDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Departments SET Name = 'Renamed Outside' WHERE Name = {department}"));

        var home = await hr.GetStringAsync("/");
        Assert.Contains("Renamed Outside", home);
        Assert.DoesNotContain($">{department}<", home);
    }

    [Fact]
    public async Task Should_offer_a_new_location_in_the_directory_filter_when_it_is_added_after_someone_searched()
    {
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.DoesNotContain("Kept Harbour", await employee.GetStringAsync("/directory"));

        await portal.QueryDbAsync(db =>
        {
            db.Locations.Add(new Location { Name = "Kept Harbour", City = "Genova", CountryCode = "IT" });
            return db.SaveChangesAsync();
        });

        Assert.Contains("Kept Harbour", await employee.GetStringAsync("/directory"));
    }
}
