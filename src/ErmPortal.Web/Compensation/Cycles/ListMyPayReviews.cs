using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// The open cycles with people below the viewer, the one taking effect last first, each with the figures of the
/// viewer's whole team in it: where their pay review is. A manager with nobody in a cycle has no review in it.
/// </summary>
public static class ListMyPayReviews
{
    public record Query : IRequest<IReadOnlyList<Review>>;

    public record Review(int CycleId, string Cycle, string Currency, DateOnly DueOn, BudgetTotals Totals);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Review>>
    {
        public async Task<IReadOnlyList<Review>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            var open = db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open).Select(c => c.Id);
            // One command: everyone below the viewer in any open cycle, with their cycle.
            var rows = await (from p in db.Set<PayProposal>()
                              join s in db.Below(me) on p.EmployeeId equals s.Id
                              where open.Contains(p.CycleId)
                              select new
                              {
                                  p.CycleId, p.Cycle.Name, p.Cycle.Currency, p.Cycle.ProposalsDueOn, p.Cycle.EffectiveOn,
                                  Proposal = new TeamProposal(p.Id, p.EmployeeId, s.Depth, s.Head, p.BudgetMinor, p.RaiseAnnualMinor,
                                      p.RaiseBasisPoints != null, p.Status),
                              }).ToListAsync(ct);
            return rows.GroupBy(r => r.CycleId).Select(g => (First: g.First(), Totals: BudgetTotals.Of(g.Select(r => r.Proposal))))
                .OrderByDescending(c => c.First.EffectiveOn).ThenByDescending(c => c.First.CycleId)
                .Select(c => new Review(c.First.CycleId, c.First.Name, c.First.Currency, c.First.ProposalsDueOn, c.Totals)).ToList();
        }
    }
}
