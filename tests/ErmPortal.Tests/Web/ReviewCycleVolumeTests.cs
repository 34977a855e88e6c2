using System.Net;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Reviews.Cycles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The demo portal with a cycle at volume, as `seed --review-cycle-people 120` asks, small enough to be quick.</summary>
public class ReviewCycleVolumePortalFactory : CountingPortalFactory
{
    public const int Reviews = 120;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(CycleVolumeData.Volume.Setting, $"{Reviews}");
    }
}

/// <summary>
/// What the benchmark measures is there (a cycle in calibration with the reviews asked for), and HR's overview of a cycle
/// reads in as many SQL commands for two reviews as for a hundred and more, on every page of who is late.
/// </summary>
public class ReviewCycleVolumeTests(ReviewCycleVolumePortalFactory portal) : IClassFixture<ReviewCycleVolumePortalFactory>
{
    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Captured.Count;
    }

    [Fact]
    public async Task Should_seed_a_cycle_in_calibration_with_the_reviews_asked_for_when_seeding_at_volume()
    {
        var cycle = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Name.StartsWith(CycleVolumeData.NamePrefix))
            .Select(c => new
            {
                c.Phase, Reviews = c.Reviews.Count(), SelfIn = c.Reviews.Count(r => r.SelfSubmittedAtUtc != null),
                ManagerIn = c.Reviews.Count(r => r.ManagerSubmittedAtUtc != null && r.FinalRating != null),
                WithPotential = c.Reviews.Count(r => r.Potential != null), Departments = c.Reviews.Select(r => r.DepartmentId).Distinct().Count(),
            }).SingleAsync());

        Assert.Equal(ReviewPhase.Calibration, cycle.Phase);
        Assert.Equal(ReviewCycleVolumePortalFactory.Reviews, cycle.Reviews);
        Assert.InRange(cycle.SelfIn, cycle.Reviews * 8 / 10, cycle.Reviews);
        Assert.InRange(cycle.ManagerIn, cycle.Reviews * 7 / 10, cycle.Reviews - 1);
        Assert.InRange(cycle.WithPotential, 1, cycle.ManagerIn - 1);
        Assert.True(cycle.Departments > 3);
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_a_few_reviews_as_for_many_when_hr_opens_a_cycle()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var demo = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Phase == ReviewPhase.SelfAssessment).Select(c => c.Id).SingleAsync());
        var volume = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Phase == ReviewPhase.Calibration).Select(c => c.Id).SingleAsync());
        var few = await FewAsync(demo);
        var many = await portal.QueryDbAsync(db => db.Set<Review>().CountAsync(r => r.CycleId == demo));
        Assert.True(many > 50, $"the demo cycle has only {many} reviews");

        var ofFew = await CommandsForAsync(hr, $"/reviews/cycles/{few}");
        var ofMany = await CommandsForAsync(hr, $"/reviews/cycles/{demo}");
        var ofManyPage2 = await CommandsForAsync(hr, $"/reviews/cycles/{demo}?page=2");
        var ofVolume = await CommandsForAsync(hr, $"/reviews/cycles/{volume}");

        Assert.Equal(ofFew, ofMany);
        Assert.Equal(ofMany, ofManyPage2);
        Assert.Equal(ofMany, ofVolume);
    }

    /// <summary>A cycle like the demo's, in the same phase, with the reviews of two people.</summary>
    private Task<int> FewAsync(int like) => portal.QueryDbAsync(async db =>
    {
        var model = await db.Set<ReviewCycle>().AsNoTracking().Include(c => c.Deadlines).SingleAsync(c => c.Id == like);
        var people = await db.Employees.Where(e => e.ManagerId != null).OrderBy(e => e.Id).Take(2).Select(e => new { e.Id, e.ManagerId, e.DepartmentId }).ToListAsync();
        var cycle = new ReviewCycle
        {
            Name = "Two people", PeriodStart = model.PeriodStart, PeriodEnd = model.PeriodEnd, CreatedAtUtc = DateTime.UtcNow,
            Deadlines = model.Deadlines.Select(d => new ReviewPhaseDeadline { Phase = d.Phase, DueOn = d.DueOn }).ToList(),
            Reviews = people.Select(p => new Review { EmployeeId = p.Id, ReviewerId = p.ManagerId, DepartmentId = p.DepartmentId }).ToList(),
        };
        cycle.StartAt(ReviewPhase.SelfAssessment, DateTime.UtcNow);
        db.Add(cycle);
        await db.SaveChangesAsync();
        return cycle.Id;
    });
}
