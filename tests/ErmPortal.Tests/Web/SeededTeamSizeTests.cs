using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>A portal just seeded shows managers their whole team at once, before the counting job has ever run.</summary>
public class SeededTeamSizeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Should_show_the_whole_reporting_line_when_a_manager_opens_home_on_a_freshly_seeded_portal()
    {
        var below = await portal.QueryDbAsync(async db =>
        {
            var me = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync();
            return await db.Below(me).Join(db.Employees, r => r.Id, e => e.Id, (r, e) => e).CountAsync(e => e.Status != EmployeeStatus.Left);
        });

        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        Assert.Contains($"{below} people in your reporting line", await manager.GetStringAsync("/"));
    }
}
