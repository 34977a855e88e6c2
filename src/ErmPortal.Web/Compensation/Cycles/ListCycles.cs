using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>HR's compensation cycles, newest first, each with how far its proposals have come and its budget used.</summary>
public static class ListCycles
{
    public const int PageSize = 20;

    [RequireRole(Roles.Hr)]
    public record Query(int Page = 1) : IRequest<Page<Cycle>>;

    public record Cycle(int Id, string Name, string Currency, DateOnly EffectiveOn, DateOnly ProposalsDueOn, CompensationCycleStatus Status,
        int People, int Submitted, int Approved, long BudgetMinor, long ProposedMinor)
    {
        public int ApprovedPercent => People == 0 ? 0 : 100 * Approved / People;
        public int SubmittedPercent => People == 0 ? 0 : 100 * Submitted / People;
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Page<Cycle>>
    {
        public async Task<Page<Cycle>> Handle(Query request, CancellationToken ct)
        {
            var count = await db.Set<CompensationCycle>().CountAsync(ct);
            var pageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
            var page = Math.Clamp(request.Page, 1, pageCount);
            var cycles = await db.Set<CompensationCycle>().OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(c => new Cycle(c.Id, c.Name, c.Currency, c.EffectiveOn, c.ProposalsDueOn, c.Status,
                    db.Set<PayProposal>().Count(p => p.CycleId == c.Id),
                    db.Set<PayProposal>().Count(p => p.CycleId == c.Id && p.Status != ProposalStatus.Draft),
                    db.Set<PayProposal>().Count(p => p.CycleId == c.Id && (p.Status == ProposalStatus.Approved || p.Status == ProposalStatus.Applied)),
                    c.Budgets.Sum(b => b.BudgetMinor),
                    db.Set<PayProposal>().Where(p => p.CycleId == c.Id).Sum(p => p.RaiseAnnualMinor)))
                .ToListAsync(ct);
            return new Page<Cycle>(cycles, page, PageSize, count);
        }
    }
}
