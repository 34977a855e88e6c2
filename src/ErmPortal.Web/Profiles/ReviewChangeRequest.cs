using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>HR sees each proposed value beside the one the portal holds now, and approves or rejects with a reason.</summary>
public static class ReviewChangeRequest
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Model>;

    public record Line(SensitiveField Field, string? ValueWhenRequested, string? CurrentValue, string? ProposedValue);

    public record Model(int Id, int EmployeeId, string EmployeeName, DateTime RequestedAtUtc, string? Comment, ChangeRequestStatus Status,
        string? DecisionReason, DateTime? DecidedAtUtc, IReadOnlyList<Line> Lines, Guid Version)
    {
        /// <summary>The record changed since the request was made: HR should look twice.</summary>
        public bool Stale => Lines.Any(l => l.ValueWhenRequested != l.CurrentValue);
    }

    [RequireRole(Roles.Hr)]
    public record Decision : ApprovalDecision;

    public class DecisionValidator() : ApprovalDecisionValidator<Decision>("Say why the request is rejected, so the employee knows what to fix.");

    public class QueryHandler(ErmDbContext db, ChangeRequestAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var changeRequest = await db.ChangeRequests.AsNoTracking().Include(r => r.Items).Include(r => r.Employee)
                .FirstOrDefaultAsync(r => r.Id == request.Id, ct) ?? throw new NotFoundException();
            await access.RequireAsync(changeRequest.Id, changeRequest.EmployeeId, ChangeRequestOperations.View, ct);
            var employee = changeRequest.Employee;
            // A decided request needs no whole secrets: it shows the person's current ones masked, as its own values are.
            var decided = changeRequest.Status != ChangeRequestStatus.Pending;
            string? Now(SensitiveField field) => decided ? field.Masked(ChangeRequestItem.ValueOf(employee, field)) : ChangeRequestItem.ValueOf(employee, field);
            return new Model(changeRequest.Id, employee.Id, employee.DisplayName, changeRequest.RequestedAtUtc, changeRequest.Comment,
                changeRequest.Status, changeRequest.DecisionReason, changeRequest.DecidedAtUtc,
                changeRequest.Items.OrderBy(i => i.Field)
                    .Select(i => new Line(i.Field, i.OldValue, Now(i.Field), i.NewValue)).ToList(),
                changeRequest.Version);
        }
    }

    public class DecisionHandler(ErmDbContext db, ICurrentUser user, ChangeRequestAccess access, IClock clock) : IRequestHandler<Decision, Unit>
    {
        public async Task<Unit> Handle(Decision request, CancellationToken ct)
        {
            var changeRequest = await db.ChangeRequests.Include(r => r.Items).Include(r => r.Employee)
                .FirstOrDefaultAsync(r => r.Id == request.Id, ct) ?? throw new NotFoundException();
            var resource = await access.RequireAsync(changeRequest.Id, changeRequest.EmployeeId, ChangeRequestOperations.View, ct);
            if (changeRequest.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else decided or changed this request after you opened it. Reload to see where it stands.");
            // Said in words rather than as "not found": the HR partner can see their own request, just not decide it.
            if (!await access.CanAsync(resource, ChangeRequestOperations.Decide))
                throw new Data.Shared.DomainRuleException("", "You cannot decide your own request; another HR colleague must.");
            db.Entry(changeRequest).Property(r => r.Version).OriginalValue = request.Version;
            if (request.Approve) changeRequest.Approve(user.UserId!, request.Reason, clock.UtcNow);
            else changeRequest.Reject(user.UserId!, request.Reason!, clock.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else decided this request while you were saving. Reload to see where it stands.");
            }
            return Unit.Value;
        }
    }
}
