using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>One requisition, for HR and for the manager who asked; HR approves it or rejects it with a reason, never their own.</summary>
public static class GetRequisition
{
    /// <summary>HR, or the manager who asked: anyone else is told it does not exist.</summary>
    public record Query(int Id) : IRequest<Model>;

    public record Model(int Id, string PositionTitle, string DepartmentName, string LocationName, RequisitionReason Reason, string? Replaces,
        int Headcount, decimal SalaryFrom, decimal SalaryTo, string Currency, DateOnly TargetStartDate, string? Justification,
        string RequestedBy, DateTime RequestedAtUtc, RequisitionStatus Status, string? DecisionReason, DateTime? DecidedAtUtc, Guid Version)
    {
        /// <summary>The viewer is HR and the requisition waits for a decision.</summary>
        public bool CanDecide { get; init; }
        /// <summary>The viewer asked for it and HR has not decided yet.</summary>
        public bool CanWithdraw { get; init; }
        /// <summary>The opening made from it, if any.</summary>
        public int? OpeningId { get; init; }
        /// <summary>The viewer is HR and the requisition is approved without an opening yet.</summary>
        public bool CanOpen { get; init; }
    }

    [RequireRole(Roles.Hr)]
    public record Decision : ApprovalDecision;

    public class DecisionValidator() : ApprovalDecisionValidator<Decision>("Say why the requisition is rejected, so the manager knows what to change.");

    public class QueryHandler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var hr = user.IsInRole(Roles.Hr);
            var found = await db.Set<Requisition>().Where(r => r.Id == request.Id && (hr || r.RequestedById == user.EmployeeId))
                .Select(r => new { Mine = r.RequestedById == user.EmployeeId,
                    OpeningId = db.Set<Opening>().Where(o => o.RequisitionId == r.Id).Select(o => (int?)o.Id).FirstOrDefault(), Model = new Model(r.Id, r.Position.Title, r.Department.Name, r.Location.Name, r.Reason,
                    r.ReplacesEmployee == null ? null : (r.ReplacesEmployee.PreferredName ?? r.ReplacesEmployee.LegalFirstName) + " " + r.ReplacesEmployee.LegalLastName,
                    r.Headcount, r.SalaryFrom, r.SalaryTo, r.Currency, r.TargetStartDate, r.Justification,
                    (r.RequestedBy.PreferredName ?? r.RequestedBy.LegalFirstName) + " " + r.RequestedBy.LegalLastName,
                    r.RequestedAtUtc, r.Status, r.DecisionReason, r.DecidedAtUtc, r.Version) })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var pending = found.Model.Status == RequisitionStatus.Pending;
            return found.Model with
            {
                CanDecide = hr && pending && !found.Mine, CanWithdraw = found.Mine && pending, OpeningId = found.OpeningId,
                CanOpen = hr && found.Model.Status == RequisitionStatus.Approved && found.OpeningId is null,
            };
        }
    }

    public class DecisionHandler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Decision, Unit>
    {
        public async Task<Unit> Handle(Decision request, CancellationToken ct)
        {
            var requisition = await db.Set<Requisition>().FirstOrDefaultAsync(r => r.Id == request.Id, ct) ?? throw new NotFoundException();
            // Said in words rather than as "not found": the HR person can see their own requisition, just not decide it.
            if (requisition.RequestedById == user.EmployeeId)
                throw new Data.Shared.DomainRuleException("", "You cannot decide your own requisition; another HR colleague must.");
            if (requisition.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else decided or changed this requisition after you opened it. Reload to see where it stands.");
            db.Entry(requisition).Property(r => r.Version).OriginalValue = request.Version;
            if (request.Approve) requisition.Approve(user.UserId!, request.Reason, clock.UtcNow);
            else requisition.Reject(user.UserId!, request.Reason!, clock.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else decided this requisition while you were saving. Reload to see where it stands.");
            }
            return Unit.Value;
        }
    }
}
