using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Learning.Sessions;

/// <summary>HR adds a date to a course still in the catalog.</summary>
public static class AddSession
{
    [RequireRole(Roles.Hr)]
    public record Query(int CourseId) : IRequest<SessionPage>;

    [RequireRole(Roles.Hr)]
    public class Command : SessionForm, ICommand<int>;

    public class Validator(ErmDbContext db) : SessionFormValidator<Command>(db);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, SessionPage>
    {
        public Task<SessionPage> Handle(Query request, CancellationToken ct) => SessionPage.LoadAsync(db, request.CourseId, ct);
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var session = new CourseSession { CourseId = request.CourseId, TimeZoneId = "" };
            request.ApplyTo(session, await SessionForm.TrainerIdAsync(db, request.TrainerEmail, ct));
            db.Add(session);
            await db.SaveChangesAsync(ct);
            return session.Id;
        }
    }
}
