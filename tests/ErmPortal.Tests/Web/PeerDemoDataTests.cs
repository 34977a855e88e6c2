using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Reviews.Peers;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The 360° demo data in the demo's cycles that take it: last year's, closed, and the running one.</summary>
public class PeerDemoDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Should_give_past_cycles_answers_and_the_demo_people_something_to_do_in_the_running_one()
    {
        // The demo's last closed cycle and its running one take 360° feedback; the module's demo data filled both.
        var cycles = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.IncludesPeerFeedback).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Phase }).ToListAsync());
        var closed = cycles.Last(c => c.Phase == ReviewPhase.Closed).Id;
        var closedName = cycles.Last(c => c.Phase == ReviewPhase.Closed).Name;
        var running = cycles.Single(c => c.Phase is not (ReviewPhase.Closed or ReviewPhase.Draft)).Id;

        var answers = await portal.QueryDbAsync(db => db.Set<PeerFeedbackAnswer>().Where(a => db.Set<Review>().Any(r => r.Id == a.ReviewId && r.CycleId == closed))
            .GroupBy(a => a.ReviewId).Select(g => g.Count()).ToListAsync());
        Assert.Contains(answers, count => count >= PeerFeedbackRules.MinimumAnswers);
        Assert.Contains(answers, count => count < PeerFeedbackRules.MinimumAnswers);
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Set<PeerFeedbackAnswer>().CountAsync(a => db.Set<Review>().Any(r => r.Id == a.ReviewId && r.CycleId == running))));

        var toGive = await portal.SendAsync(DemoPeople.Employee, new ListFeedbackToGive.Query());
        Assert.Contains(toGive, l => l.Open && !l.Answered);
        Assert.DoesNotContain(toGive, l => l.Open && l.Cycle == closedName);
        var waiting = await portal.QueryDbAsync(db => db.Set<PeerNomination>()
            .CountAsync(n => n.Review.CycleId == running && n.Status == PeerNominationStatus.Proposed && n.Review.Employee.WorkEmail == DemoPeople.Employee));
        Assert.True(waiting > 0, "The demo employee has no nomination waiting for their reviewer.");
        Assert.NotEmpty(await portal.SendAsync(DemoPeople.Manager, new NominationsToApproveCard.Query()));
    }
}
