using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Accounts;

/// <summary>The person signs out another of their devices (or all the others at once); the next request from there meets the sign-in page.</summary>
public static class EndMySession
{
    /// <summary>One session by its id, or, with no id, every session but this one.</summary>
    public record Command(int? Id) : ICommand;

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId ?? throw new NotFoundException();
            if (request.Id is not { } id)
            {
                await UserSessions.EndAllAsync(db, userId, except: UserSessions.Current(user), cancellationToken);
                return Unit.Value;
            }
            // Scoped to the viewer in the query: someone else's session is "not found", never ended.
            var ended = await db.Set<UserSession>().Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            if (ended == 0) throw new NotFoundException();
            return Unit.Value;
        }
    }
}
