using ErmPortal.Data.Learning;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The demo catalog has something true to show on first start: courses for the demo people's skills, history and coming dates.</summary>
public class CourseDemoDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Should_seed_a_catalog_with_three_years_of_sessions_and_some_coming_when_the_demo_starts()
    {
        var now = DateTime.UtcNow;
        var catalog = await portal.QueryDbAsync(async db => new
        {
            Courses = await db.Set<Course>().CountAsync(),
            Internal = await db.Set<Course>().CountAsync(c => c.IsInternal),
            Oldest = await db.Set<CourseSession>().MinAsync(s => s.StartsAtUtc),
            Coming = await db.Set<CourseSession>().CountAsync(s => s.StartsAtUtc > now && s.StartsAtUtc < now.AddMonths(3) && s.CancelledAtUtc == null),
            WithoutComing = await db.Set<Course>().CountAsync(c => !c.Sessions.Any(s => s.StartsAtUtc > now)),
            // Skills the demo people have that some course teaches.
            TaughtSkills = await db.Set<CourseSkill>().Where(s => db.EmployeeTags.Any(t => t.Name == s.Name)).Select(s => s.Name).Distinct().CountAsync(),
        });

        Assert.InRange(catalog.Courses, 20, 40);
        Assert.InRange(catalog.Internal, 5, catalog.Courses - 5);
        Assert.True(catalog.Oldest < now.AddYears(-2).AddMonths(-6), $"The oldest session is from {catalog.Oldest:d}.");
        Assert.Equal(0, catalog.WithoutComing);
        Assert.True(catalog.Coming >= catalog.Courses);
        Assert.True(catalog.TaughtSkills >= 15, $"Only {catalog.TaughtSkills} of the demo people's skills are taught.");
    }

    [Fact]
    public async Task Should_make_the_code_of_conduct_yearly_and_mandatory_for_every_position_when_the_demo_starts()
    {
        var rule = await portal.QueryDbAsync(db => db.Set<MandatoryRule>().Where(r => r.Course.Title == "Code of conduct").SingleAsync());

        Assert.Equal((null, 30, 12), (rule.PositionId, rule.WithinDaysOfHire, rule.RenewEveryMonths));
    }
}
