using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>One rating on a review form: of a competency of the cycle or of one of the person's goals, with a comment.</summary>
public class RatingInput
{
    public int? CompetencyId { get; set; }
    public int? GoalId { get; set; }
    public int? Rating { get; set; }
    public string? Comment { get; set; }
}

/// <summary>
/// What a review rates: the cycle's competencies and the person's goals with a target date in the cycle's period
/// (dropped goals are not rated). Both sides rate the same items, each in their own rows.
/// </summary>
public static class ReviewItems
{
    public const int MaxCommentLength = 2000;

    public static IQueryable<PerformanceGoal> GoalsOf(ErmDbContext db, int employeeId, DateOnly periodStart, DateOnly periodEnd) =>
        db.Set<PerformanceGoal>().Where(g => g.EmployeeId == employeeId && g.TargetDate >= periodStart && g.TargetDate <= periodEnd
                                             && g.Status != PerformanceGoalStatus.Dropped);

    /// <summary>
    /// Writes one side's ratings onto the review. An item that is not the cycle's competency or the person's goal of the
    /// period is refused, and so is a rating off the cycle's scale; an empty rating and comment remove the row.
    /// </summary>
    public static async Task ApplyAsync(ErmDbContext db, Review review, ReviewAuthor author, IReadOnlyList<RatingInput> inputs, CancellationToken ct)
    {
        var goalIds = await GoalsOf(db, review.EmployeeId, review.Cycle.PeriodStart, review.Cycle.PeriodEnd).Select(g => g.Id).ToListAsync(ct);
        var competencyIds = review.Cycle.Competencies.Select(c => c.Id).ToHashSet();
        foreach (var input in inputs)
        {
            var known = input.CompetencyId is { } c ? input.GoalId is null && competencyIds.Contains(c) : input.GoalId is { } g && goalIds.Contains(g);
            if (!known) throw new DomainRuleException(nameof(RatingInput.Rating), "This review does not rate that.");
            if (input.Rating is { } value && (value < 1 || value > review.Cycle.MaxRating))
                throw new DomainRuleException(nameof(RatingInput.Rating), "A rating is between 1 and {0}.", review.Cycle.MaxRating);
            var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
            var row = review.Ratings.FirstOrDefault(r => r.Author == author && r.CompetencyId == input.CompetencyId && r.GoalId == input.GoalId);
            if (input.Rating is null && comment is null)
            {
                if (row is not null) review.Ratings.Remove(row);
                continue;
            }
            if (row is null)
            {
                row = new ReviewRating { Author = author, CompetencyId = input.CompetencyId, GoalId = input.GoalId };
                review.Ratings.Add(row);
            }
            row.Rating = input.Rating;
            row.Comment = comment;
        }
    }

    /// <summary>The label of a rating on the cycle's scale, or the number when the cycle names none.</summary>
    public static string? LabelOf(ReviewCycle cycle, int? rating) =>
        rating is not { } value ? null
        : cycle.RatingLevels.FirstOrDefault(l => l.Value == value)?.Label
          ?? ReviewCycle.DefaultScale.Where(l => l.Value == value).Select(l => l.Label).FirstOrDefault() ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
