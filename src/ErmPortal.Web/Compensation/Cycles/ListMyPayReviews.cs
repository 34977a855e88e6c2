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
            // One command, added up in SQL: a head of a large organisation has thousands below them on their home page.
            var cycles = await (from p in db.Set<PayProposal>()
                                join s in db.Below(me) on p.EmployeeId equals s.Id
                                where open.Contains(p.CycleId)
                                group p by new { p.CycleId, p.Cycle.Name, p.Cycle.Currency, p.Cycle.ProposalsDueOn, p.Cycle.EffectiveOn } into cycle
                                orderby cycle.Key.EffectiveOn descending, cycle.Key.CycleId descending
                                select new Review(cycle.Key.CycleId, cycle.Key.Name, cycle.Key.Currency, cycle.Key.ProposalsDueOn, new BudgetTotals(
                                    cycle.Count(),
                                    cycle.Count(p => p.RaiseBasisPoints != null),
                                    cycle.Count(p => p.Status != ProposalStatus.Draft),
                                    cycle.Count(p => p.Status == ProposalStatus.Approved || p.Status == ProposalStatus.Applied),
                                    cycle.Sum(p => p.BudgetMinor),
                                    cycle.Sum(p => p.RaiseAnnualMinor)))).ToListAsync(ct);
            return cycles;
        }
    }
}
