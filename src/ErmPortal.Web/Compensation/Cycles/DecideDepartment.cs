using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// HR approves a department's raises once every one of them is submitted, or sends the submitted ones back to the
/// managers with a comment. The form carries the department's version: a decision taken on figures that changed
/// meanwhile (a second HR partner deciding, a proposal sent back) is refused. Approved raises take effect on the cycle's
/// day; when that day has already come, at once.
/// </summary>
public static class DecideDepartment
{
    [RequireRole(Roles.Hr)]
    public record Command(int CycleId, int DepartmentId, Guid Version, bool Approve, string? Comment) : ICommand;

    public class Handler(ErmDbContext db, IClock clock, IMediator mediator) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var budget = await db.Set<DepartmentBudget>().Include(b => b.Cycle)
                             .FirstOrDefaultAsync(b => b.CycleId == request.CycleId && b.DepartmentId == request.DepartmentId, ct)
                         ?? throw new NotFoundException();
            if (budget.Cycle.Status != CompensationCycleStatus.Open) throw new DomainRuleException("", "This cycle is closed: its proposals no longer change.");
            if (budget.Version != request.Version)
                throw new ConcurrencyConflictException("The department's proposals changed after you opened the page. Check the figures again before deciding.");
            var proposals = await db.Set<PayProposal>().Where(p => p.CycleId == request.CycleId && p.DepartmentId == request.DepartmentId).ToListAsync(ct);
            var now = clock.UtcNow;
            if (request.Approve)
            {
                var waiting = proposals.Count(p => p.Status == ProposalStatus.Draft);
                if (waiting > 0) throw new DomainRuleException("", "Not every proposal in this department is submitted yet: {0} still with the managers.", waiting);
                foreach (var proposal in proposals) proposal.Approve();
                budget.Approve(request.Comment, now);
            }
            else
            {
                if (string.IsNullOrWhiteSpace(request.Comment)) throw new DomainRuleException(nameof(Command.Comment), "Say what the managers should change.");
                var sent = proposals.Where(p => p.Status == ProposalStatus.Submitted).ToList();
                if (sent.Count == 0) throw new DomainRuleException("", "Nothing in this department is waiting for you: there is nothing to send back.");
                foreach (var proposal in sent) proposal.SendBack();
                budget.SendBack(request.Comment, sent.Select(p => p.EmployeeId).ToList(), now);
            }
            db.Entry(budget).Property(b => b.Version).OriginalValue = request.Version;
            budget.Version = Guid.NewGuid();
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else decided on this department while you were deciding. Check the figures again.");
            }
            // Raises whose day has come are written now rather than at the job's next run.
            if (request.Approve && budget.Cycle.EffectiveOn <= clock.Today) await mediator.Send(new ApplyDuePayChanges.Command(), ct);
            return Unit.Value;
        }
    }
}
