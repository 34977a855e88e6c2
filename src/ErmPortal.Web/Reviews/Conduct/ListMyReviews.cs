using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// The viewer's reviews: those still open, each with what the person is to do next, and the past ones. The manager's
/// rating is the person's only once the review is shared, here as on the review.
/// </summary>
public static class ListMyReviews
{
    public record Query : IRequest<Model>;

    public enum NextStep { WaitForCycle, WriteSelfAssessment, WaitForManager, ReadAndAcknowledge, Done }

    public record Line(int Id, string CycleName, ReviewPhase Phase, DateOnly PeriodEnd, DateOnly? SelfDeadline, NextStep Next, int? FinalRating,
        string? FinalLabel, DateTime? FinalizedAtUtc);

    public record Model(IReadOnlyList<Line> Current, IReadOnlyList<Line> Past);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return new Model([], []);
            // A person has one review a year: every one of theirs, in one statement.
            var rows = await db.Set<Review>().Where(r => r.EmployeeId == me && r.Cycle.Phase != ReviewPhase.Draft)
                .OrderByDescending(r => r.Cycle.PeriodEnd).ThenByDescending(r => r.Id)
                .Select(r => new
                {
                    r.Id, r.Cycle.Name, r.Cycle.Phase, r.Cycle.PeriodEnd,
                    SelfDeadline = r.Cycle.Deadlines.Where(d => d.Phase == ReviewPhase.SelfAssessment).Select(d => (DateOnly?)d.DueOn).FirstOrDefault(),
                    SelfIn = r.SelfSubmittedAtUtc != null, Shared = r.SharedAtUtc != null, r.FinalizedAtUtc,
                    // Nothing of the manager's part leaves the database before the review is shared.
                    FinalRating = r.SharedAtUtc != null ? r.FinalRating : null,
                    FinalLabel = r.SharedAtUtc != null ? r.Cycle.RatingLevels.Where(l => l.Value == r.FinalRating).Select(l => l.Label).FirstOrDefault() : null,
                })
                .ToListAsync(ct);
            var lines = rows.Select(r => new Line(r.Id, r.Name, r.Phase, r.PeriodEnd, r.SelfDeadline,
                r.FinalizedAtUtc is not null ? NextStep.Done
                : r.Shared ? NextStep.ReadAndAcknowledge
                : r.SelfIn ? NextStep.WaitForManager
                : r.Phase is >= ReviewPhase.SelfAssessment and < ReviewPhase.Calibration ? NextStep.WriteSelfAssessment
                : NextStep.WaitForCycle,
                r.FinalRating, r.FinalLabel, r.FinalizedAtUtc)).ToList();
            return new Model(lines.Where(l => l.FinalizedAtUtc is null && l.Phase != ReviewPhase.Closed).ToList(),
                lines.Where(l => l.FinalizedAtUtc is not null || l.Phase == ReviewPhase.Closed).ToList());
        }
    }
}
