using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using MediatR;

namespace ErmPortal.Web.Accounts;

/// <summary>A disabled account is signed out everywhere at once, in the same transaction that disables it.</summary>
public class EndSessionsWhenAccountDisabled(ErmDbContext db) : INotificationHandler<AccountDisabledChanged>
{
    public async Task Handle(AccountDisabledChanged notification, CancellationToken cancellationToken)
    {
        if (notification.Disabled)
            await UserSessions.EndAllAsync(db, notification.UserId, except: null, cancellationToken);
    }
}
