using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Audit;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Audit;

/// <summary>
/// Writes role grants and revocations, disabling, enabling and unlocking into the audit log: who did it, when, to
/// which account. Identity's tables are not audited entities, so the accounts module announces these changes and
/// this subscriber records them in the same transaction.
/// </summary>
public class RecordAccountChanges(ErmDbContext db, ICurrentUser currentUser, IClock clock)
    : INotificationHandler<RoleGranted>, INotificationHandler<RoleRevoked>, INotificationHandler<AccountDisabledChanged>,
        INotificationHandler<AccountUnlocked>
{
    public Task Handle(RoleGranted notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.UserId, "Granted", AuditedFields.RoleField, null, notification.Role, cancellationToken);

    public Task Handle(RoleRevoked notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.UserId, "Revoked", AuditedFields.RoleField, notification.Role, null, cancellationToken);

    public Task Handle(AccountDisabledChanged notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.UserId, notification.Disabled ? "Disabled" : "Enabled", null, null, null, cancellationToken);

    public Task Handle(AccountUnlocked notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.UserId, "Unlocked", null, null, null, cancellationToken);

    private async Task RecordAsync(string userId, string action, string? field, string? oldValue, string? newValue, CancellationToken ct)
    {
        // The account's person, when it has one, so the change shows in that person's audit history too.
        var employeeId = await db.Employees.Where(e => e.UserId == userId).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.UtcNow, UserId = currentUser.UserId, ActorName = currentUser.ActorName(),
            EntityType = AuditedFields.Account, EntityId = userId, EmployeeId = employeeId,
            Action = action, Field = field, OldValue = oldValue, NewValue = newValue,
        });
    }
}
