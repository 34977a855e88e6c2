using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// HR closes an open cycle once every department is decided: it leaves the managers' pay review and HR's home page,
/// and nothing in it changes any more. Approved raises still take effect on the cycle's day. A cycle with proposals
/// still with the managers or waiting for HR is not closed, so no decision is lost by closing.
/// </summary>
public static class CloseCycle
{
    [RequireRole(Roles.Hr)]
    public record Command(int Id, Guid Version) : ICommand;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var cycle = await db.Set<CompensationCycle>().FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            if (cycle.Status != CompensationCycleStatus.Open) throw new DomainRuleException("", "Only an open cycle can be closed.");
            if (cycle.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this cycle after you opened it. Check what it says now before closing it.");
            var undecided = await db.Set<PayProposal>()
                .CountAsync(p => p.CycleId == cycle.Id && (p.Status == ProposalStatus.Draft || p.Status == ProposalStatus.Submitted), ct);
            if (undecided > 0)
                throw new DomainRuleException("", "{0} proposals are not approved yet: approve or send back each department, and have the managers finish, before closing the cycle.", undecided);
            db.Entry(cycle).Property(c => c.Version).OriginalValue = request.Version;
            cycle.Close(clock.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else changed this cycle while you were closing it. Check what it says now.");
            }
            return Unit.Value;
        }
    }
}
