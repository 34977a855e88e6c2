using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A manager's pay review and HR's roll-up read the whole subtree and every department in a fixed number of commands, and
/// a view after the first reads only what changes with the viewer: as many commands for a team of many as for a few.
/// </summary>
public class PayReviewQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    /// <summary>The commands of a view after the first, and the page it showed.</summary>
    private async Task<(int Commands, string Html)> ViewAgainAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (portal.Commands.Count, await response.Content.ReadAsStringAsync());
    }

    private static int Count(string html, string marker) => html.Split(marker).Length - 1;

    /// <summary>People hired under the demo manager, each paid and in the open cycle with a proposal of their own.</summary>
    private Task PlantReportsAsync(int count) => portal.QueryDbAsync(async db =>
    {
        var manager = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => new { e.Id, e.DepartmentId, e.PositionId, e.LocationId }).SingleAsync();
        var cycle = await db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var start = await db.Employees.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var employee = Employee.Hire("Counted", $"Report{start + i}", $"counted.{start + i}@erm.test", new DateOnly(2021, 1, 4), manager.DepartmentId,
                manager.PositionId, manager.LocationId, manager.Id, EmploymentType.FullTime);
            employee.TakeDomainEvents();
            db.Add(employee);
            await db.SaveChangesAsync();
            db.AddRange(
                new SalaryRecord { EmployeeId = employee.Id, EffectiveOn = new DateOnly(2021, 1, 4), AmountMinor = 40_000_00, Currency = "EUR", Frequency = PayFrequency.Annual, CreatedAtUtc = DateTime.UtcNow },
                new PayProposal
                {
                    CycleId = cycle, EmployeeId = employee.Id, DepartmentId = manager.DepartmentId, Currency = "EUR", Frequency = PayFrequency.Annual,
                    CurrentAmountMinor = 40_000_00, CurrentAnnualMinor = 40_000_00, Level = 2, BudgetMinor = 1_200_00,
                });
        }
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Should_send_as_many_commands_for_a_team_of_many_as_for_a_few_when_a_manager_opens_their_pay_review()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var cycle = await portal.QueryDbAsync(db => db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var url = $"/compensation/cycles/{cycle}/team";
        await PlantReportsAsync(1);
        var (few, _) = await ViewAgainAsync(manager, url);
        await PlantReportsAsync(40);

        var (many, first) = await ViewAgainAsync(manager, url);
        var (secondPage, second) = await ViewAgainAsync(manager, url + "?page=2");
        Assert.Equal(few, many);
        Assert.Equal(few, secondPage);
        // A full first page and a second with people on it: the 41 planted are there to be read.
        Assert.Equal(25, Count(first, "data-proposal=\""));
        Assert.True(Count(second, "data-proposal=\"") > 0);
        Assert.Contains("Counted Report", first + second);
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_many_proposals_as_for_a_few_when_hr_opens_the_roll_up()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var cycle = await portal.QueryDbAsync(db => db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var url = $"/compensation/cycles/{cycle}";
        var (before, shown) = await ViewAgainAsync(hr, url);
        await PlantReportsAsync(40);

        var (after, again) = await ViewAgainAsync(hr, url);
        Assert.Equal(before, after);
        // The departments' people, read again after the write: the 40 planted count in the manager's department.
        Assert.Equal(People(shown) + 40, People(again));
    }

    private static int People(string rollUp) =>
        Regex.Matches(rollUp, @"\d+ of (\d+) decided").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
}
