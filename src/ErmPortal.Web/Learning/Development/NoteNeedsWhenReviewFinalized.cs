using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// The development needs a final review names become the person's development needs here, with the cycle's name as
/// their source, so recommendations take them up. A need already noted from the same review is not noted twice.
/// </summary>
public class NoteNeedsWhenReviewFinalized(ErmDbContext db) : INotificationHandler<ReviewFinalized>
{
    public async Task Handle(ReviewFinalized notification, CancellationToken ct)
    {
        // Whoever finalized the review (an acknowledgement, or the cycle closing on many at once) may not have loaded
        // its needs or cycle: the event's facts are read from the review itself, loaded here when missing.
        // A cycle closing on many reviews has its cycle tracked already: only a review that names needs costs a query more.
        var review = db.Entry(notification.Review);
        if (!review.Collection(r => r.DevelopmentNeeds).IsLoaded) await review.Collection(r => r.DevelopmentNeeds).LoadAsync(ct);
        var needs = notification.DevelopmentNeeds;
        if (needs.Count == 0) return;
        if (review.Reference(r => r.Cycle).CurrentValue is null) await review.Reference(r => r.Cycle).LoadAsync(ct);
        var source = notification.Review.Cycle.Name;
        var noted = await db.Set<DevelopmentNeed>().Where(n => n.EmployeeId == notification.EmployeeId && n.Source == source)
            .Select(n => n.Skill).ToListAsync(ct);
        foreach (var skill in needs.Where(s => !noted.Contains(s, StringComparer.OrdinalIgnoreCase)))
            db.Set<DevelopmentNeed>().Add(new DevelopmentNeed { EmployeeId = notification.EmployeeId, Skill = skill, Source = source, NotedOn = notification.FinalizedOn });
    }
}
