using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Sessions;

/// <summary>HR calls a session off. It stays on record, marked cancelled, so those who meant to come can see why.</summary>
public static class CancelSession
{
    [RequireRole(Roles.Hr)]
    public record Command(int CourseId, int SessionId) : ICommand;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var session = await db.Set<CourseSession>().FirstOrDefaultAsync(s => s.Id == request.SessionId && s.CourseId == request.CourseId, ct)
                          ?? throw new NotFoundException();
            session.Cancel(clock.UtcNow);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
