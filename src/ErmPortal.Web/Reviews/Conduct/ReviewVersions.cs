using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Mediator;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>A review form saves only onto the review it was opened on: a second tab, or the other side meanwhile, is a conflict.</summary>
public static class ReviewVersions
{
    public const string StaleMessage = "This review changed after you opened it. Check it and save again.";

    public static void Require(ErmDbContext db, Review review, Guid seen)
    {
        if (review.Version != seen) throw new ConcurrencyConflictException(StaleMessage, currentVersion: review.Version);
        // EF checks it again in the UPDATE, for a change that lands between this read and ours.
        db.Entry(review).Property(r => r.Version).OriginalValue = seen;
    }
}
