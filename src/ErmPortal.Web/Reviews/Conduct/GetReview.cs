using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// One review on one page, as the viewer may read it. The person always reads their own self-assessment, and the
/// manager's part, the rating that stands and the development needs only once the review is shared; the reviewer, the
/// managers above and HR read the self-assessment once it is in, and everything else. Potential is never the person's.
/// The page carries the forms the viewer may use now.
/// </summary>
public static class GetReview
{
    public record Query(int ReviewId) : IRequest<Model>;

    public record Level(int Value, string Label);

    public record Item(int? CompetencyId, int? GoalId, string Name, string? Detail, int? SelfRating, string? SelfComment, int? ManagerRating, string? ManagerComment);

    public record SelfPart(string? WentWell, string? ToDevelop, string? SupportWanted, DateTime? SubmittedAtUtc);

    public record ManagerPart(string? Summary, string? Strengths, string? ToDevelop, int? Rating, DateTime? SubmittedAtUtc, IReadOnlyList<string> Needs);

    public record Model(
        int Id, string CycleName, ReviewPhase Phase, bool IncludesPeerFeedback, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly? PhaseDeadline,
        int EmployeeId, string Person, string? Reviewer, bool IsPerson, bool ReadsAll, IReadOnlyList<Level> Levels, IReadOnlyList<Item> Items,
        SelfPart? Self, ManagerPart? Manager, int? FinalRating, Potential? Potential,
        DateTime? SharedAtUtc, string? EmployeeComment, DateTime? DisagreedAtUtc, DateTime? AcknowledgedAtUtc, DateTime? FinalizedAtUtc,
        DateTime? ManagerOpenedAtUtc, Guid Version,
        bool CanWriteSelf, bool CanWriteManager, bool CanOpenAssessment, bool CanShare, bool CanAnswer)
    {
        public string? LabelOf(int? rating) => rating is { } v ? Levels.FirstOrDefault(l => l.Value == v)?.Label ?? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public class Handler(ErmDbContext db, ReviewAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var standing = await access.RequireAsync(request.ReviewId, ReviewOperations.View, ct);
            // One review with its few dozen ratings: read whole and cut to what the viewer may see here, field by field.
            var review = await db.Set<Review>().AsNoTracking()
                .Include(r => r.Cycle).ThenInclude(c => c.RatingLevels).Include(r => r.Cycle).ThenInclude(c => c.Competencies)
                .Include(r => r.Cycle).ThenInclude(c => c.Deadlines)
                .Include(r => r.Employee).Include(r => r.Reviewer).Include(r => r.Ratings).Include(r => r.DevelopmentNeeds)
                .AsSplitQuery().SingleAsync(r => r.Id == request.ReviewId, ct);
            var cycle = review.Cycle;
            var goals = await ReviewItems.GoalsOf(db, review.EmployeeId, cycle.PeriodStart, cycle.PeriodEnd).OrderBy(g => g.TargetDate).ThenBy(g => g.Id)
                .Select(g => new { g.Id, g.Title, g.Measure }).ToListAsync(ct);

            var person = standing.IsPerson;
            var readsSelf = person || review.SelfAssessmentIsIn;
            var readsManager = !person || review.IsShared;
            ReviewRating? Rated(ReviewAuthor author, int? competencyId, int? goalId) =>
                (author == ReviewAuthor.Employee ? readsSelf : readsManager)
                    ? review.Ratings.FirstOrDefault(r => r.Author == author && r.CompetencyId == competencyId && r.GoalId == goalId) : null;
            Item ItemOf(int? competencyId, int? goalId, string name, string? detail)
            {
                var self = Rated(ReviewAuthor.Employee, competencyId, goalId);
                var manager = Rated(ReviewAuthor.Manager, competencyId, goalId);
                return new Item(competencyId, goalId, name, detail, self?.Rating, self?.Comment, manager?.Rating, manager?.Comment);
            }
            var items = cycle.Competencies.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => ItemOf(c.Id, null, c.Name, c.Description))
                .Concat(goals.Select(g => ItemOf(null, g.Id, g.Title, g.Measure))).ToList();
            var levels = (cycle.RatingLevels.Count > 0
                    ? cycle.RatingLevels.OrderBy(l => l.Value).Select(l => new Level(l.Value, l.Label))
                    : ReviewCycle.DefaultScale.Select(l => new Level(l.Value, l.Label)))
                .ToList();

            var phase = cycle.Phase;
            return new Model(
                review.Id, cycle.Name, phase, cycle.IncludesPeerFeedback, cycle.PeriodStart, cycle.PeriodEnd, cycle.DeadlineOf(phase),
                review.EmployeeId, NameOf(review.Employee), review.Reviewer is null ? null : NameOf(review.Reviewer), person, standing.ReadsAll, levels, items,
                readsSelf ? new SelfPart(review.SelfWentWell, review.SelfToDevelop, review.SelfSupportWanted, review.SelfSubmittedAtUtc) : null,
                readsManager
                    ? new ManagerPart(review.ManagerSummary, review.ManagerStrengths, review.ManagerToDevelop, review.ManagerRating, review.ManagerSubmittedAtUtc,
                        review.DevelopmentNeeds.Select(n => n.Skill).Order(StringComparer.OrdinalIgnoreCase).ToList())
                    : null,
                readsManager ? review.FinalRating : null,
                standing.ReadsAll ? review.Potential : null,
                review.SharedAtUtc, review.EmployeeComment, review.DisagreedAtUtc, review.AcknowledgedAtUtc, review.FinalizedAtUtc,
                standing.ReadsAll ? review.ManagerOpenedAtUtc : null, review.Version,
                CanWriteSelf: person && review.SelfAssessmentIsOpen(phase),
                CanWriteManager: await access.AllowsAsync(standing, ReviewOperations.Assess) && review.ManagerAssessmentIsOpen(phase),
                CanOpenAssessment: await access.AllowsAsync(standing, ReviewOperations.OpenAssessment) && !review.IsFinalized && !review.SelfAssessmentIsIn
                                   && review.ManagerOpenedAtUtc is null && phase is >= ReviewPhase.SelfAssessment and < ReviewPhase.Calibration,
                CanShare: await access.AllowsAsync(standing, ReviewOperations.Share) && !review.IsFinalized && !review.IsShared && review.ManagerAssessmentIsIn
                          && phase >= ReviewPhase.Sharing,
                CanAnswer: person && review.IsShared && !review.IsFinalized);
        }

        private static string NameOf(Data.Organisation.Employee e) => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName;
    }
}
