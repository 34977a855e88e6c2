using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>
/// HR edits a course. A form opened before someone else saved is refused, showing what the course says now, rather
/// than silently replacing their changes.
/// </summary>
public static class EditCourse
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : CourseForm, ICommand
    {
        [BindNever]
        public int Id { get; set; }
        /// <summary>The course's version when the form was opened; another in the database means someone saved in between.</summary>
        public Guid Version { get; set; }

        public static Command Of(Course course) { var command = new Command { Id = course.Id, Version = course.Version }; command.Fill(course, course.Skills.Select(s => s.Name).Order()); return command; }
    }

    public class Validator : CourseFormValidator<Command>;

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct) =>
            Command.Of(await db.Set<Course>().AsNoTracking().Include(c => c.Skills).FirstOrDefaultAsync(c => c.Id == request.Id && c.ArchivedAtUtc == null, ct)
                       ?? throw new NotFoundException());
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var course = await db.Set<Course>().Include(c => c.Skills).FirstOrDefaultAsync(c => c.Id == request.Id && c.ArchivedAtUtc == null, ct)
                         ?? throw new NotFoundException();
            if (course.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else saved this course after you opened the form. Check what it says now; save again to replace it with yours.",
                    new Dictionary<string, string?> { [nameof(CourseForm.Title)] = course.Title, [nameof(CourseForm.Provider)] = course.Provider },
                    course.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(course).Property(c => c.Version).OriginalValue = request.Version;
            request.ApplyTo(course);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved this course while you were saving. Open it again to see their changes.");
            }
            return Unit.Value;
        }
    }
}
