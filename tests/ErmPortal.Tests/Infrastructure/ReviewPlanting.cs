using ErmPortal.Data.Reviews;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>How far a planted review has gone: its manager assessment in (or not), shared, or final.</summary>
public enum PlantedState { Unrated, Rated, Shared, Finalized }

/// <summary>One review to plant: whose, written by whom, where it stands, its rating and potential, and when it was finalized.</summary>
public record PlantedReview(int EmployeeId, int? ReviewerId, int DepartmentId, PlantedState State, int? Rating = null, Potential? Potential = null,
    DateTime? FinalizedAtUtc = null);

/// <summary>Review cycles written straight into a test's database, at the phase the test needs, with the reviews it names.</summary>
public static class ReviewPlanting
{
    /// <summary>A cycle on the default 1-5 scale at <paramref name="phase"/>; returns its id and its reviews' ids in the order given.</summary>
    public static Task<(int CycleId, IReadOnlyList<int> ReviewIds)> PlantCycleAsync(this PortalFactory portal, string name, ReviewPhase phase,
        IReadOnlyList<PlantedReview> reviews) => portal.QueryDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var cycle = new ReviewCycle
        {
            Name = name, PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2025, 12, 31), CreatedAtUtc = now,
            RatingLevels = ReviewCycle.DefaultScale.Select(l => new ReviewRatingLevel { Value = l.Value, Label = l.Label, GuidelinePercent = l.GuidelinePercent }).ToList(),
        };
        cycle.StartAt(phase, now.AddDays(-60));
        var planted = reviews.Select(p => Review(p, now)).ToList();
        cycle.Reviews.AddRange(planted);
        db.Add(cycle);
        await db.SaveChangesAsync();
        return (cycle.Id, (IReadOnlyList<int>)planted.Select(r => r.Id).ToList());
    });

    private static Review Review(PlantedReview p, DateTime now)
    {
        var review = new Review { EmployeeId = p.EmployeeId, ReviewerId = p.ReviewerId, DepartmentId = p.DepartmentId };
        if (p.State == PlantedState.Unrated) return review;
        review.OpenManagerAssessment(now);
        review.ManagerRating = p.Rating ?? 3;
        review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, now);
        if (p.Potential is not null) review.Calibrate(review.ManagerRating, p.Potential, "Planted", null, "planted", now);
        if (p.State == PlantedState.Rated) return review;
        review.Share(ReviewPhase.Sharing, now);
        if (p.State == PlantedState.Finalized) review.Finalize(p.FinalizedAtUtc ?? now);
        return review;
    }
}
