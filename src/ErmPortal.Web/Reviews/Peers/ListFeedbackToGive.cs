using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>The forms the viewer was asked to answer: open ones first, then those given or closed. Only their own.</summary>
public static class ListFeedbackToGive
{
    public record Query(int Take = 50) : IRequest<IReadOnlyList<Line>>;

    public record Line(int NominationId, string Person, string Cycle, bool Answered, bool Open, DateOnly? Deadline);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            var lines = await db.Set<PeerNomination>().Where(n => n.PeerId == me && n.Status == PeerNominationStatus.Approved)
                .Select(n => new
                {
                    n.Id, Person = (n.Review.Employee.PreferredName ?? n.Review.Employee.LegalFirstName) + " " + n.Review.Employee.LegalLastName,
                    Cycle = n.Review.Cycle.Name, n.Answered,
                    Open = n.Review.Cycle.IncludesPeerFeedback && n.Review.FinalizedAtUtc == null
                           && PeerFeedbackRules.OpenPhases.Contains(n.Review.Cycle.Phase),
                    Deadline = n.Review.Cycle.Deadlines.Where(d => d.Phase == ReviewPhase.PeerFeedback).Select(d => (DateOnly?)d.DueOn).FirstOrDefault(),
                    n.NominatedAtUtc,
                })
                .OrderByDescending(n => n.Open && !n.Answered).ThenByDescending(n => n.NominatedAtUtc).Take(request.Take)
                .ToListAsync(ct);
            return lines.Select(l => new Line(l.Id, l.Person, l.Cycle, l.Answered, l.Open, l.Deadline)).ToList();
        }
    }
}
