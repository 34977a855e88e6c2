using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Leaving;

/// <summary>
/// The day after the last day, when the person becomes Left, their account stops signing in and every session of theirs
/// ends, in the same transaction that moves them. The account and everything about the person stay, for the retention
/// period; only signing in ends. An account an administrator disabled already is left as it is.
/// </summary>
public class DisableAccountWhenEmployeeLeft(ErmDbContext db, IClock clock, IMediator mediator) : INotificationHandler<EmployeeStatusChanged>
{
    public async Task Handle(EmployeeStatusChanged notification, CancellationToken cancellationToken)
    {
        if (notification.To != EmployeeStatus.Left || notification.Employee.UserId is not { } userId) return;
        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.DisabledAtUtc == null, cancellationToken);
        if (account is null) return;
        account.DisabledAtUtc = clock.UtcNow;
        // A new stamp refuses any cookie issued before, as when an administrator disables an account.
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        await mediator.Publish(new AccountDisabledChanged(userId, Disabled: true, ByUserId: null), cancellationToken);
    }
}
