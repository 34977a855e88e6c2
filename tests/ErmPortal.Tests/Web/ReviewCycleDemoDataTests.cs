using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Reviews.Cycles;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The demo's review cycles have something true to show on first start: three closed years with final reviews, and this
/// year's cycle in self-assessment where the demo employee, manager and HR each have something to do.
/// </summary>
public class ReviewCycleDemoDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [Fact]
    public async Task Should_keep_three_closed_yearly_cycles_with_final_calibrated_reviews_when_the_demo_starts()
    {
        var past = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Phase == ReviewPhase.Closed).OrderBy(c => c.PeriodStart)
            .Select(c => new
            {
                c.PeriodStart.Year,
                Reviews = c.Reviews.Count(),
                WithReviewer = c.Reviews.Count(r => r.ReviewerId != null),
                Final = c.Reviews.Count(r => r.FinalizedAtUtc != null && r.FinalRating != null && r.Potential != null && r.ManagerSummary != null && r.SelfWentWell != null),
                Acknowledged = c.Reviews.Count(r => r.AcknowledgedAtUtc != null),
                Disagreed = c.Reviews.Count(r => r.DisagreedAtUtc != null),
                WithNeeds = c.Reviews.Count(r => r.DevelopmentNeeds.Any()),
                BothSidesRated = c.Reviews.Count(r => r.Ratings.Any(x => x.Author == ReviewAuthor.Employee) && r.Ratings.Any(x => x.Author == ReviewAuthor.Manager)),
                Moved = c.Reviews.Count(r => r.Adjustments.Any(a => a.FromRating != a.ToRating && a.Reason != "")),
                Ratings = c.Reviews.Select(r => r.FinalRating).Distinct().Count(),
            }).ToListAsync());

        Assert.Equal([ThisYear - 3, ThisYear - 2, ThisYear - 1], past.Select(c => c.Year));
        Assert.All(past, c =>
        {
            Assert.True(c.Reviews > 50, $"{c.Year}: {c.Reviews} reviews");
            // Everyone with a reviewer went all the way: final, calibrated, both sides' words, ratings and the skills to develop.
            Assert.Equal(c.WithReviewer, c.Final);
            Assert.Equal(c.WithReviewer, c.BothSidesRated);
            Assert.Equal(c.WithReviewer, c.WithNeeds);
            Assert.InRange(c.Acknowledged, c.WithReviewer * 8 / 10, c.WithReviewer - 1);
            Assert.True(c.Moved > 0 && c.Disagreed > 0, $"{c.Year}: {c.Moved} moved in calibration, {c.Disagreed} disagreed");
            Assert.True(c.Ratings >= 4, $"{c.Year}: only {c.Ratings} different ratings");
        });
    }

    [Fact]
    public async Task Should_run_this_years_cycle_in_self_assessment_with_work_for_the_demo_employee_and_manager_when_the_demo_starts()
    {
        var current = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Include(c => c.Deadlines).SingleAsync(c => c.Phase != ReviewPhase.Closed && c.PeriodStart.Year == ThisYear));
        var employee = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.CycleId == current.Id && r.Employee.WorkEmail == DemoPeople.Employee)
            .Select(r => new { r.SelfSubmittedAtUtc, r.SelfWentWell }).SingleAsync());
        var team = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.CycleId == current.Id && r.Reviewer!.WorkEmail == DemoPeople.Manager)
            .Select(r => new { SelfIn = r.SelfSubmittedAtUtc != null, ManagerIn = r.ManagerSubmittedAtUtc != null, Drafted = r.ManagerSummary != null }).ToListAsync());
        var selfIn = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.CycleId == current.Id).GroupBy(r => r.SelfSubmittedAtUtc != null).Select(g => g.Count()).ToListAsync());

        Assert.Equal(ReviewPhase.SelfAssessment, current.Phase);
        Assert.True(current.DeadlineOf(ReviewPhase.SelfAssessment) > DateOnly.FromDateTime(DateTime.UtcNow), "the self-assessments are still to come in");
        // The demo employee has begun theirs; the demo manager has self-assessments in to answer, one answer begun, none handed in.
        Assert.Null(employee.SelfSubmittedAtUtc);
        Assert.NotNull(employee.SelfWentWell);
        Assert.Contains(team, r => r.SelfIn && !r.Drafted);
        Assert.Single(team, r => r.Drafted);
        Assert.DoesNotContain(team, r => r.ManagerIn);
        // Some are in and some are not: HR has people to follow up.
        Assert.Equal(2, selfIn.Count);
    }

    [Fact]
    public async Task Should_show_hr_the_running_cycle_on_the_home_page_and_its_overview_when_the_demo_starts()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var current = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Phase == ReviewPhase.SelfAssessment).Select(c => c.Id).SingleAsync());

        var home = await hr.GetStringAsync("/");
        var overview = await hr.GetStringAsync($"/reviews/cycles/{current}");
        var list = await hr.GetStringAsync("/reviews/cycles");

        Assert.Contains($"id=\"card-cycle-{current}\"", home);
        Assert.DoesNotContain("id=\"review-cycles-section\"", await (await portal.SignedInClientAsync(DemoPeople.Manager)).GetStringAsync("/"));
        Assert.Contains("Still to do for Self-assessment", overview);
        Assert.Contains("id=\"remind-late\"", overview);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(list, "<tr id=\"cycle-\\d+\"").Count);
    }
}
