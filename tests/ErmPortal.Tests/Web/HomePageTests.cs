using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class HomePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The headcount, hires and leavers the HR home page's table gives for one month (yyyy-MM).</summary>
    private async Task<(int Headcount, int Hires, int Leavers)> MonthInTableAsync(string month)
    {
        var home = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync("/");
        var row = Regex.Match(home, $"<tr data-month=\"{month}\">.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row for {month}");
        var values = Regex.Matches(row.Value, "data-value=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        return (values[0], values[1], values[2]);
    }

    [Fact]
    public async Task Should_count_a_hire_and_a_leaver_in_their_month_when_hr_opens_home()
    {
        var monthStart = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-3);
        var month = monthStart.ToString("yyyy-MM");
        var before = await MonthInTableAsync(month);
        var monthBefore = await MonthInTableAsync(monthStart.AddMonths(-1).ToString("yyyy-MM"));

        await portal.QueryDbAsync(async db =>
        {
            string[] demoPeople = [DemoPeople.Admin, DemoPeople.Hr, DemoPeople.Manager, DemoPeople.Employee];
            var template = await db.Employees.FirstAsync(e => e.WorkEmail == DemoPeople.Employee);
            db.Employees.Add(Employee.Hire("Trend", "Hire", "trend.hire@erm.test", monthStart.AddDays(9), template.DepartmentId,
                template.PositionId, template.LocationId, template.ManagerId, EmploymentType.FullTime));
            var leaver = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && !e.DirectReports.Any()
                                                       && e.HireDate < monthStart && !demoPeople.Contains(e.WorkEmail))
                .OrderBy(e => e.Id).FirstAsync();
            leaver.Terminate(monthStart.AddDays(14), "Moved away", voluntary: true, Today);
            return await db.SaveChangesAsync();
        });

        var after = await MonthInTableAsync(month);
        Assert.Equal(before.Hires + 1, after.Hires);
        Assert.Equal(before.Leavers + 1, after.Leavers);
        // One in, one out within the month: the month ends with the same headcount, and the month before is untouched.
        Assert.Equal(before.Headcount, after.Headcount);
        Assert.Equal(monthBefore, await MonthInTableAsync(monthStart.AddMonths(-1).ToString("yyyy-MM")));
    }

    [Fact]
    public async Task Should_list_an_end_of_probation_when_it_falls_in_the_coming_weeks()
    {
        var name = await portal.QueryDbAsync(async db =>
        {
            var person = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.ProbationEndDate == null)
                .OrderByDescending(e => e.Id).FirstAsync();
            person.ProbationEndDate = Today.AddDays(3);
            await db.SaveChangesAsync();
            return person.DisplayName;
        });

        var home = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync("/");
        var upcoming = Regex.Match(home, "id=\"upcoming-section\".*?</section>", RegexOptions.Singleline).Value;
        var item = Regex.Match(upcoming, $"<li[^>]*data-kind=\"ProbationEnd\"[^>]*>(?:(?!</li>).)*{Regex.Escape(name)}", RegexOptions.Singleline);
        Assert.True(item.Success, $"{name}'s end of probation is not listed");
        Assert.Contains($"datetime=\"{Today.AddDays(3):yyyy-MM-dd}\"", item.Value);
    }

    [Theory]
    [InlineData("2026-12-20", "2019-01-10", "2027-01-10")] // the window runs into the next year
    [InlineData("2026-03-05", "2020-03-05", "2026-03-05")] // today is the day
    [InlineData("2027-02-10", "2024-02-29", "2027-03-01")] // hired on a leap day, celebrated on 1 March
    public void Should_find_the_next_anniversary_when_asked_on_a_day(string today, string hired, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), UpcomingEvents.AnniversaryOnOrAfter(DateOnly.Parse(hired), DateOnly.Parse(today)));
}
