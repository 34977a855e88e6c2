using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// The viewer's 1:1s, as manager or as report: those to come, then those held, newest first and paged; and for a
/// manager, their direct reports to schedule a 1:1 with. Only the viewer's own meetings, found by the index of each
/// side; the same number of queries whatever the number of meetings.
/// </summary>
public static class ListOneOnOnes
{
    public const int PageSize = 20;

    public record Query(int Page = 1) : IRequest<Model>;

    public record Model(IReadOnlyList<Meeting> Upcoming, IReadOnlyList<Meeting> Past, int Page, bool HasMore, IReadOnlyList<Report> Reports);

    public record Meeting(int Id, DateTime ScheduledAtUtc, bool AsManager, string With, int AgendaItems, int OpenActionItems);

    public record Report(int Id, string Name);

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return new Model([], [], 1, false, []);
            var page = Math.Max(1, request.Page);
            var mine = db.Set<OneOnOne>().Where(m => m.ManagerId == me).Concat(db.Set<OneOnOne>().Where(m => m.EmployeeId == me));
            var now = clock.UtcNow;
            var upcoming = await Project(mine.Where(m => m.ScheduledAtUtc >= now).OrderBy(m => m.ScheduledAtUtc).Take(PageSize), me).ToListAsync(ct);
            var past = await Project(mine.Where(m => m.ScheduledAtUtc < now).OrderByDescending(m => m.ScheduledAtUtc)
                .Skip((page - 1) * PageSize).Take(PageSize + 1), me).ToListAsync(ct);
            var reports = await db.Employees.Where(e => e.ManagerId == me && e.Status != Data.Organisation.EmployeeStatus.Left)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new Report(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)).ToListAsync(ct);
            return new Model(upcoming, past.Take(PageSize).ToList(), page, past.Count > PageSize, reports);
        }

        private IQueryable<Meeting> Project(IQueryable<OneOnOne> meetings, int me) => meetings.Select(m => new Meeting(
            m.Id, m.ScheduledAtUtc, m.ManagerId == me,
            m.ManagerId == me
                ? (m.Employee.PreferredName ?? m.Employee.LegalFirstName) + " " + m.Employee.LegalLastName
                : (m.Manager.PreferredName ?? m.Manager.LegalFirstName) + " " + m.Manager.LegalLastName,
            m.AgendaItems.Count, m.ActionItems.Count(a => a.DoneAtUtc == null)));
    }
}
