using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Recruitment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>Who belongs to an opening's hiring team: HR, its hiring manager and its interviewers see its candidates; nobody else does.</summary>
public class OpeningAccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<(bool View, bool Move, bool Pay, bool Manage, List<int> Listed)> AccessAsync(string email, int openingId) =>
        portal.AsUserAsync(email, async services =>
        {
            var access = services.GetRequiredService<OpeningAccess>();
            var resource = await access.ResourceAsync(openingId, default);
            var listed = await services.GetRequiredService<ErmPortal.Data.ErmDbContext>().Set<Opening>().Where(access.VisibleOpenings()).Select(o => o.Id).ToListAsync();
            return (await access.CanAsync(resource, OpeningOperations.ViewCandidates), await access.CanAsync(resource, OpeningOperations.MoveCandidates),
                await access.CanAsync(resource, OpeningOperations.SeeCompensation), await access.CanAsync(resource, OpeningOperations.Manage), listed);
        });

    [Fact]
    public async Task Should_give_each_member_of_the_hiring_team_their_part_and_nobody_else_anything()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "access");

        var hr = await AccessAsync(DemoPeople.Hr, opening.OpeningId);
        Assert.Equal((true, true, true, true), (hr.View, hr.Move, hr.Pay, hr.Manage));
        Assert.Contains(opening.OpeningId, hr.Listed);

        var hiringManager = await AccessAsync(DemoPeople.Manager, opening.OpeningId);
        Assert.Equal((true, true, true, false), (hiringManager.View, hiringManager.Move, hiringManager.Pay, hiringManager.Manage));
        Assert.Contains(opening.OpeningId, hiringManager.Listed);

        var interviewer = await AccessAsync(DemoPeople.Employee, opening.OpeningId);
        Assert.Equal((true, false, false, false), (interviewer.View, interviewer.Move, interviewer.Pay, interviewer.Manage));
        Assert.Contains(opening.OpeningId, interviewer.Listed);

        var admin = await AccessAsync(DemoPeople.Admin, opening.OpeningId);
        Assert.Equal((false, false, false, false), (admin.View, admin.Move, admin.Pay, admin.Manage));
        Assert.DoesNotContain(opening.OpeningId, admin.Listed);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.AsUserAsync(DemoPeople.Admin, services =>
            services.GetRequiredService<OpeningAccess>().RequireAsync(opening.OpeningId, OpeningOperations.ViewCandidates, default)));
    }
}
