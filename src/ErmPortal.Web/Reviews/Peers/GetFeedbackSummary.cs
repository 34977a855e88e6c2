using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>
/// What colleagues said about a review, only ever together: the average per competency and the texts, each list in the
/// order of its words (never of arrival, and never pairing one peer's two texts). Shown once at least three answered and
/// no more can come; to the reviewer, the managers above the person and HR, and to the person once the review is shared.
/// </summary>
public static class GetFeedbackSummary
{
    public record Query(int ReviewId) : IRequest<Page>;

    public record Average(string Competency, double Rating, int Count);

    public record Page(PeerReview Review, int Answers, bool Shown, IReadOnlyList<Average> Averages, IReadOnlyList<string> KeepDoing,
        IReadOnlyList<string> DoDifferently);

    /// <summary>The average rating per competency of the given answers, in the cycle's order of competencies, grouped in SQL.</summary>
    public static Task<List<Average>> AveragesAsync(ErmDbContext db, IQueryable<Guid> answerIds, CancellationToken ct) =>
        db.Set<PeerFeedbackRating>().Where(r => answerIds.Contains(r.AnswerId))
            .GroupBy(r => r.CompetencyId)
            .Select(g => new { g.Key, Average = g.Average(r => (double)r.Rating), Count = g.Count() })
            .Join(db.Set<ReviewCompetency>(), g => g.Key, c => c.Id, (g, c) => new { c.SortOrder, c.Name, g.Average, g.Count })
            .OrderBy(g => g.SortOrder)
            .Select(g => new Average(g.Name, g.Average, g.Count))
            .ToListAsync(ct);

    public class Handler(ErmDbContext db, PeerFeedbackAccess access) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct)
        {
            var review = (await access.RequireAsync(request.ReviewId, PeerFeedbackOperations.ViewAnswers, ct)).Review;
            var answers = db.Set<PeerFeedbackAnswer>().Where(a => a.ReviewId == request.ReviewId);
            var count = await answers.CountAsync(ct);
            if (count < PeerFeedbackRules.MinimumAnswers || !PeerFeedbackRules.AnswersAreSettled(review.Cycle.Phase))
                return new Page(review, count, false, [], [], []);
            var averages = await AveragesAsync(db, answers.Select(a => a.Id), ct);
            var texts = await answers.Select(a => new { a.KeepDoing, a.DoDifferently }).ToListAsync(ct);
            return new Page(review, count, true, averages, Sorted(texts.Select(t => t.KeepDoing)), Sorted(texts.Select(t => t.DoDifferently)));
        }

        private static List<string> Sorted(IEnumerable<string?> texts) => texts.OfType<string>().Order(StringComparer.Ordinal).ToList();
    }
}
