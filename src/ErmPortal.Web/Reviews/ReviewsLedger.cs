using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Compensation.Statements;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews;

/// <summary>
/// Performance in the value ledger: goals achieved (by the year they were due) and the rating of each year's reviews
/// (by the year the cycle rated). A rating shows as the review's page would show it to the viewer: the person sees
/// theirs once the review is shared; anyone else only once it is final, so no draft or calibration in progress leaks.
/// </summary>
public class ReviewsLedger(ErmDbContext db) : ILedgerSource
{
    private static readonly LedgerKind GoalsAchieved = new("Goals achieved", LedgerSide.Given, LedgerFigure.Count, "bi-bullseye", 10);
    private static readonly LedgerKind ReviewRating = new("Review rating", LedgerSide.Given, LedgerFigure.Average, "bi-award", 20);

    public IReadOnlyList<LedgerKind> Kinds => [GoalsAchieved, ReviewRating];

    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(LedgerScope scope, CancellationToken ct)
    {
        var goals = await db.Set<PerformanceGoal>()
            .Where(g => g.Status == PerformanceGoalStatus.Achieved && g.TargetDate >= scope.From && g.TargetDate <= new DateOnly(scope.ToYear, 12, 31))
            .Join(scope.Members, g => g.EmployeeId, m => m.EmployeeId, (g, m) => new { m.GroupId, g.TargetDate.Year })
            .GroupBy(g => new { g.GroupId, g.Year })
            .Select(g => new { g.Key.GroupId, g.Key.Year, Count = g.Count() })
            .ToListAsync(ct);
        var goalsPage = scope.PersonId is { } person ? (scope.IsOwn ? "/me/goals?year=" : $"/reviews/goals/{person}?year=") : null;

        var reviews = db.Set<Review>().Where(r => r.FinalRating != null
            && r.Cycle.PeriodEnd >= scope.From && r.Cycle.PeriodEnd <= new DateOnly(scope.ToYear, 12, 31));
        reviews = scope.IsOwn ? reviews.Where(r => r.SharedAtUtc != null) : reviews.Where(r => r.FinalizedAtUtc != null);
        var ratings = await reviews
            .Join(scope.Members, r => r.EmployeeId, m => m.EmployeeId, (r, m) => new { m.GroupId, r.Cycle.PeriodEnd.Year, Rating = r.FinalRating!.Value, r.Id })
            .GroupBy(r => new { r.GroupId, r.Year })
            .Select(g => new { g.Key.GroupId, g.Key.Year, Sum = g.Sum(r => r.Rating), Count = g.Count(), Latest = g.Max(r => r.Id) })
            .ToListAsync(ct);

        return
        [
            .. goals.Select(g => new LedgerLine(g.GroupId, g.Year, GoalsAchieved.Name, g.Count, g.Count, Link: goalsPage is null ? null : goalsPage + g.Year)),
            .. ratings.Select(r => new LedgerLine(r.GroupId, r.Year, ReviewRating.Name, r.Sum, r.Count,
                Link: scope.PersonId is null ? null : r.Count == 1 ? $"/reviews/{r.Latest}" : scope.IsOwn ? "/me/reviews" : $"/reviews/{r.Latest}")),
        ];
    }
}
