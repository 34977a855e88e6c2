using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// What participants said of a course, newest first. Feedback is said to HR and the trainer: HR reads all of it, a
/// trainer what was said of the sessions they gave. Managers and colleagues never read it (they see the average on the
/// course); anyone else is told the page does not exist.
/// </summary>
public static class ListCourseFeedback
{
    public const int PageSize = 25;

    public record Query(int CourseId, int Page = 1) : IRequest<Model>;

    public record Row(int Rating, string? Comment, string PersonName, DateOnly CompletedOn, DateTime? SessionStartsAtUtc);

    public record Model(int CourseId, string Title, CourseRating Rating, Page<Row> Feedback);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var course = await db.Set<Course>().Where(c => c.Id == request.CourseId).Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(ct)
                         ?? throw new NotFoundException();
            var feedback = db.Set<TrainingFeedback>().Where(f => f.CourseId == course.Id);
            if (!user.IsInRole(Roles.Hr))
            {
                var me = user.EmployeeId ?? throw new NotFoundException();
                var mySessions = db.Set<CourseSession>().Where(s => s.CourseId == course.Id && s.TrainerEmployeeId == me).Select(s => s.Id);
                if (!await mySessions.AnyAsync(ct)) throw new NotFoundException();
                feedback = feedback.Where(f => f.SessionId != null && mySessions.Contains(f.SessionId.Value));
            }
            var rating = await CourseRating.Of(feedback).FirstOrDefaultAsync(ct) ?? CourseRating.None;
            var page = await feedback.OrderByDescending(f => f.GivenAtUtc).ThenByDescending(f => f.Id).ToCappedPageAsync(rows => rows.Select(f => new Row(
                    f.Rating, f.Comment, (f.Record.Employee.PreferredName ?? f.Record.Employee.LegalFirstName) + " " + f.Record.Employee.LegalLastName,
                    f.Record.CompletedOn, db.Set<CourseSession>().Where(s => s.Id == f.SessionId).Select(s => (DateTime?)s.StartsAtUtc).FirstOrDefault())),
                request.Page, PageSize, ct);
            return new Model(course.Id, course.Title, rating, page);
        }
    }
}

/// <summary>A course's rating as everyone sees it: the average of its participants' ratings and how many gave one, never a comment.</summary>
public record CourseRating(double? Average, int Count)
{
    public static readonly CourseRating None = new(null, 0);

    public static IQueryable<CourseRating> Of(IQueryable<TrainingFeedback> feedback) =>
        feedback.GroupBy(_ => 1).Select(g => new CourseRating(g.Average(f => (double?)f.Rating), g.Count()));
}
