using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Sessions;

/// <summary>HR changes a session still on; a form opened before someone else saved is refused rather than overwriting them.</summary>
public static class EditSession
{
    [RequireRole(Roles.Hr)]
    public record Query(int CourseId, int SessionId) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public class Command : SessionForm, ICommand
    {
        [FromRoute(Name = "sessionId")]
        public int SessionId { get; set; }
        public Guid Version { get; set; }
    }

    public class Validator(ErmDbContext db) : SessionFormValidator<Command>(db);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var found = await db.Set<CourseSession>().AsNoTracking()
                .Where(s => s.Id == request.SessionId && s.CourseId == request.CourseId && s.CancelledAtUtc == null)
                .Select(s => new { Session = s, TrainerEmail = s.TrainerEmployee == null ? null : s.TrainerEmployee.WorkEmail })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var command = new Command { CourseId = request.CourseId, SessionId = request.SessionId, Version = found.Session.Version };
            command.Fill(found.Session, found.TrainerEmail);
            return command;
        }
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var session = await db.Set<CourseSession>()
                .FirstOrDefaultAsync(s => s.Id == request.SessionId && s.CourseId == request.CourseId && s.CancelledAtUtc == null, ct)
                ?? throw new NotFoundException();
            if (session.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else saved this session after you opened the form. Check what it says now; save again to replace it with yours.",
                    null, session.Version);
            db.Entry(session).Property(s => s.Version).OriginalValue = request.Version;
            request.ApplyTo(session, await SessionForm.TrainerIdAsync(db, request.TrainerEmail, ct));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved this session while you were saving. Open it again to see their changes.");
            }
            return Unit.Value;
        }
    }
}
