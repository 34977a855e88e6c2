using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>
/// HR takes a course out of the catalog, or brings it back. Nothing is deleted: its sessions, and later the records of
/// who took it, stay.
/// </summary>
public static class ArchiveCourse
{
    [RequireRole(Roles.Hr)]
    public record Command(int Id, bool Archive) : ICommand;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            // Archiving twice keeps the first date: that is when it left the catalog.
            if (request.Archive) course.ArchivedAtUtc ??= clock.UtcNow;
            else course.ArchivedAtUtc = null;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
