using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>HR's coming weeks in a large organisation: thousands of anniversaries are not counted one by one on each view.</summary>
public class UpcomingEventCountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Should_show_more_than_the_counted_limit_when_the_coming_weeks_hold_more_anniversaries()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        await portal.QueryDbAsync(async db =>
        {
            var template = await db.Employees.FirstAsync(e => e.WorkEmail == DemoPeople.Employee);
            db.Employees.AddRange(Enumerable.Range(0, UpcomingEvents.CountedUpTo + 1).Select(i => Employee.Hire("Anniversary", $"Person{i}",
                $"anniversary.{i}@erm.test", tomorrow.AddYears(-2), template.DepartmentId, template.PositionId, template.LocationId,
                template.ManagerId, EmploymentType.FullTime)));
            return await db.SaveChangesAsync();
        });

        var upcoming = await portal.QueryDbAsync(db => UpcomingEvents.ForAsync(db.Employees, tomorrow.AddDays(-1), 5, CancellationToken.None));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var home = await hr.GetStringAsync("/");

        Assert.Equal(UpcomingEvents.CountedUpTo + 1, upcoming.Counts[UpcomingEventKind.WorkAnniversary]);
        Assert.Contains($"Work anniversaries: <strong>more than {UpcomingEvents.CountedUpTo}</strong>", home);
    }
}
