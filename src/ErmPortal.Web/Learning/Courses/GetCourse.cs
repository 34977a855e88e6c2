using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>
/// A course's page: what it teaches and costs, its coming sessions with their seats, and the positions that
/// must take it. Anyone signed in reads a course still offered; an archived one is HR's alone.
/// </summary>
public static class GetCourse
{
    public record Query(int Id) : IRequest<Model>;

    public record Session(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId, string? Place, string? Link, string? Trainer,
        int Capacity, bool Cancelled)
    {
        /// <summary>Places seated on it: what is left of the capacity is offered.</summary>
        public int Seated { get; init; }
        public int? TrainerEmployeeId { get; init; }
        public int SeatsLeft => Math.Max(0, Capacity - Seated);
    }

    public record Rule(int Id, string? Position, int WithinDaysOfHire, int? RenewEveryMonths);

    public record Model(int Id, string Title, string Description, string Provider, bool IsInternal, CourseFormat Format, decimal Hours,
        decimal Cost, string Currency, string? Prerequisites, DateTime? ArchivedAtUtc, IReadOnlyList<string> Skills)
    {
        public IReadOnlyList<Session> Upcoming { get; init; } = [];
        public int PastSessions { get; init; }
        public IReadOnlyList<Rule> MandatoryFor { get; init; } = [];
        public bool CanManage { get; init; }
        /// <summary>The viewer's live place on the course (asked for, seated or waiting), if any: they may not ask twice.</summary>
        public EnrolmentStatus? MyPlace { get; init; }
        public int? ViewerEmployeeId { get; init; }
    }

    public class Handler(ErmDbContext db, IClock clock, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var hr = user.IsInRole(Roles.Hr);
            var now = clock.UtcNow;
            var course = await db.Set<Course>().Where(c => c.Id == request.Id && (hr || c.ArchivedAtUtc == null))
                .Select(c => new
                {
                    Model = new Model(c.Id, c.Title, c.Description, c.Provider, c.IsInternal, c.Format, c.Hours, c.Cost, c.Currency, c.Prerequisites,
                        c.ArchivedAtUtc, c.Skills.OrderBy(s => s.Name).Select(s => s.Name).ToList()),
                    Past = c.Sessions.Count(s => s.StartsAtUtc < now),
                })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var upcoming = await db.Set<CourseSession>().Where(s => s.CourseId == request.Id && s.StartsAtUtc >= now)
                .OrderBy(s => s.StartsAtUtc)
                .Select(s => new Session(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.TimeZoneId, s.Place, s.Link,
                    s.TrainerEmployee != null ? (s.TrainerEmployee.PreferredName ?? s.TrainerEmployee.LegalFirstName) + " " + s.TrainerEmployee.LegalLastName : s.TrainerName,
                    s.Capacity, s.CancelledAtUtc != null)
                {
                    Seated = db.Set<Enrolment>().Count(e => e.SessionId == s.Id && e.Status == EnrolmentStatus.Enrolled),
                    TrainerEmployeeId = s.TrainerEmployeeId,
                })
                .ToListAsync(ct);
            var me = user.EmployeeId;
            var myPlace = await db.Set<Enrolment>().Where(e => e.CourseId == request.Id && e.EmployeeId == me && Enrolment.Live.Contains(e.Status))
                .Select(e => (EnrolmentStatus?)e.Status).FirstOrDefaultAsync(ct);
            var rules = await db.Set<MandatoryRule>().Where(r => r.CourseId == request.Id)
                .OrderBy(r => r.Position == null ? "" : r.Position.Title)
                .Select(r => new Rule(r.Id, r.Position == null ? null : r.Position.Title, r.WithinDaysOfHire, r.RenewEveryMonths))
                .ToListAsync(ct);
            return course.Model with { Upcoming = upcoming, PastSessions = course.Past, MandatoryFor = rules, CanManage = hr, MyPlace = myPlace, ViewerEmployeeId = me };
        }
    }
}
