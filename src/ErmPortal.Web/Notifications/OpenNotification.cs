using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Notifications;

/// <summary>Following a notification marks it read and goes where it points; someone else's is not found.</summary>
public static class OpenNotification
{
    /// <summary>Returns the local path to go to.</summary>
    public record Command(int Id) : ICommand<string>;

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command request, CancellationToken ct)
        {
            var me = user.UserId ?? throw new NotFoundException();
            var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == request.Id && n.RecipientUserId == me, ct)
                               ?? throw new NotFoundException();
            notification.ReadAtUtc ??= clock.UtcNow;
            return LocalPaths.IsLocal(notification.Link) ? notification.Link! : NotificationsController.ListPath;
        }
    }
}

/// <summary>Marks every notification of the signed-in person as read.</summary>
public static class MarkAllNotificationsRead
{
    public record Command : ICommand;

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var me = user.UserId ?? throw new NotFoundException();
            var now = clock.UtcNow;
            await db.Set<Notification>().Where(n => n.RecipientUserId == me && n.ReadAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
            return Unit.Value;
        }
    }
}
