using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>HR adds a course to the catalog; everyone finds it there at once.</summary>
public static class CreateCourse
{
    [RequireRole(Roles.Hr)]
    public record Command : CourseForm, ICommand<int>;

    public class Validator : CourseFormValidator<Command>;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var course = new Course { Title = "", Provider = "", CreatedAtUtc = clock.UtcNow };
            request.ApplyTo(course);
            db.Add(course);
            await db.SaveChangesAsync(ct);
            return course.Id;
        }
    }
}
