using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Reviews.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>The 360° demo data, written into cycles made here as the cycles' own demo data would make them.</summary>
public class PeerDemoDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Should_give_past_cycles_answers_and_the_demo_people_something_to_do_in_the_running_one()
    {
        var (closed, running) = await portal.QueryDbAsync(async db =>
        {
            var people = await db.Employees.Where(e => e.ManagerId != null).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.ManagerId, e.DepartmentId }).ToListAsync();
            ReviewCycle Cycle(string name, ReviewPhase phase)
            {
                var cycle = new ReviewCycle
                {
                    Name = name, IncludesPeerFeedback = true, CreatedAtUtc = DateTime.UtcNow, PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2025, 12, 31),
                    Competencies = [new ReviewCompetency { Name = "Collaboration", SortOrder = 1 }, new ReviewCompetency { Name = "Delivery", SortOrder = 2 }],
                    Reviews = people.Select(p => new Review { EmployeeId = p.Id, ReviewerId = p.ManagerId, DepartmentId = p.DepartmentId }).ToList(),
                };
                cycle.StartAt(phase, DateTime.UtcNow.AddDays(-40));
                return cycle;
            }
            var (past, now) = (Cycle("2025 reviews", ReviewPhase.Closed), Cycle("2026 reviews", ReviewPhase.SelfAssessment));
            db.AddRange(past, now);
            await db.SaveChangesAsync();
            return (past.Id, now.Id);
        });

        await portal.AsUserAsync(null, async services =>
        {
            await services.GetServices<IDemoDataSeeder>().OfType<PeerDemoData>().Single().SeedAsync(services, default);
            return 0;
        });

        var answers = await portal.QueryDbAsync(db => db.Set<PeerFeedbackAnswer>().Where(a => db.Set<Review>().Any(r => r.Id == a.ReviewId && r.CycleId == closed))
            .GroupBy(a => a.ReviewId).Select(g => g.Count()).ToListAsync());
        Assert.Contains(answers, count => count >= PeerFeedbackRules.MinimumAnswers);
        Assert.Contains(answers, count => count < PeerFeedbackRules.MinimumAnswers);
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Set<PeerFeedbackAnswer>().CountAsync(a => db.Set<Review>().Any(r => r.Id == a.ReviewId && r.CycleId == running))));

        var toGive = await portal.SendAsync(DemoPeople.Employee, new ListFeedbackToGive.Query());
        Assert.Contains(toGive, l => l.Open && !l.Answered);
        Assert.DoesNotContain(toGive, l => l.Open && l.Cycle == "2025 reviews");
        var waiting = await portal.QueryDbAsync(db => db.Set<PeerNomination>()
            .CountAsync(n => n.Review.CycleId == running && n.Status == PeerNominationStatus.Proposed && n.Review.Employee.WorkEmail == DemoPeople.Employee));
        Assert.True(waiting > 0, "The demo employee has no nomination waiting for their reviewer.");
        Assert.NotEmpty(await portal.SendAsync(DemoPeople.Manager, new NominationsToApproveCard.Query()));
    }
}
