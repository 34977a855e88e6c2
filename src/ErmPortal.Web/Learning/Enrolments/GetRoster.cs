using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>A session's roster for HR and its trainer: who is seated, and the waiting list in its order.</summary>
public static class GetRoster
{
    public record Query(int SessionId) : IRequest<Model>;

    public record Person(int PlaceId, int EmployeeId, string Name, string Department, EnrolmentStatus Status, DateTime? EnrolledAtUtc, DateTime? WaitlistedAtUtc, bool Assigned);

    public record Model(int SessionId, int CourseId, string Course, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId, string? Place, string? Link,
        int Capacity, bool Cancelled, IReadOnlyList<Person> Seated, IReadOnlyList<Person> Waiting, bool IsHr);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var hr = user.IsInRole(Roles.Hr);
            var me = user.EmployeeId;
            var session = await db.Set<CourseSession>().Where(s => s.Id == request.SessionId && (hr || (me != null && s.TrainerEmployeeId == me)))
                .Select(s => new { s.Id, s.CourseId, s.Course.Title, s.StartsAtUtc, s.EndsAtUtc, s.TimeZoneId, s.Place, s.Link, s.Capacity, s.CancelledAtUtc })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var people = await db.Set<Enrolment>()
                .Where(e => e.SessionId == request.SessionId && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Waitlisted || e.Status == EnrolmentStatus.Completed))
                .OrderBy(e => e.WaitlistedAtUtc).ThenBy(e => e.Id)
                .Select(e => new Person(e.Id, e.EmployeeId, (e.Employee.PreferredName ?? e.Employee.LegalFirstName) + " " + e.Employee.LegalLastName,
                    e.Employee.Department.Name, e.Status, e.EnrolledAtUtc, e.WaitlistedAtUtc, e.AssignedByUserId != null))
                .ToListAsync(ct);
            return new Model(session.Id, session.CourseId, session.Title, session.StartsAtUtc, session.EndsAtUtc, session.TimeZoneId, session.Place, session.Link,
                session.Capacity, session.CancelledAtUtc is not null,
                people.Where(p => p.Status != EnrolmentStatus.Waitlisted).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList(),
                people.Where(p => p.Status == EnrolmentStatus.Waitlisted).ToList(), hr);
        }
    }
}
