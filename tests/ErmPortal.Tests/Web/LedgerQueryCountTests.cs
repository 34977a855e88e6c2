using System.Globalization;
using System.Net;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The team and department ledgers add every module's figures up in SQL: as many commands for many people as for few.</summary>
public class LedgerQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    /// <summary>People reporting to the HR demo person, each with a salary, a bonus and a goal achieved this year.</summary>
    private Task PlantReportsAsync(int count) => portal.QueryDbAsync(async db =>
    {
        var hr = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Hr).Select(e => new { e.Id, e.DepartmentId, e.PositionId, e.LocationId }).SingleAsync();
        var year = DateTime.UtcNow.Year;
        var start = await db.Employees.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var employee = Employee.Hire("Counted", $"Report{start + i}", $"counted.{start + i}@erm.test", new DateOnly(2021, 1, 4), hr.DepartmentId, hr.PositionId, hr.LocationId, hr.Id,
                EmploymentType.FullTime);
            employee.TakeDomainEvents();
            db.Add(employee);
            await db.SaveChangesAsync();
            db.AddRange(
                new SalaryRecord { EmployeeId = employee.Id, EffectiveOn = new DateOnly(2021, 1, 4), AmountMinor = 40_000_00, Currency = "EUR", Frequency = PayFrequency.Annual, CreatedAtUtc = DateTime.UtcNow },
                new Bonus { EmployeeId = employee.Id, PaidOn = new DateOnly(year, 1, 2), Kind = BonusKind.Spot, AmountMinor = 500_00, Currency = "EUR" },
                new PerformanceGoal { EmployeeId = employee.Id, Title = "Counted goal", TargetDate = new DateOnly(year, 1, 2), Weight = 10, Status = PerformanceGoalStatus.Achieved, CreatedAtUtc = DateTime.UtcNow });
        }
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("/compensation/ledger/team")]
    [InlineData("/compensation/ledger/departments")]
    public async Task Should_send_as_many_commands_for_many_people_as_for_few_when_hr_opens_a_ledger_of_many(string url)
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        await PlantReportsAsync(1);
        var few = await CommandsForAsync(hr, url);
        await PlantReportsAsync(30);

        Assert.Equal(few, await CommandsForAsync(hr, url));
        Assert.Equal(few, await CommandsForAsync(hr, url + "?page=2"));
    }
}
