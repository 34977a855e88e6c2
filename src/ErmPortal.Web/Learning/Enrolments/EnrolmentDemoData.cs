using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// Places on the coming sessions of the demo catalog: people seated on most of them, one full session with a waiting
/// list, requests waiting for the demo manager (and the demo employee's own, waiting for their manager), a declined
/// request with its reason, and an HR assignment with a due date for the demo employee. The past is another part's:
/// completed places come with the training records.
/// </summary>
public class EnrolmentDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the catalog (500).</summary>
    public int Order => 510;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var random = new Random(510);
        var now = clock.UtcNow;
        var sessions = await db.Set<CourseSession>().Where(s => s.StartsAtUtc > now && s.CancelledAtUtc == null)
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id).Select(s => new { s.Id, s.CourseId, s.Capacity, s.StartsAtUtc }).ToListAsync(ct);
        if (sessions.Count == 0) return;
        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var people = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && !demoEmails.Contains(e.WorkEmail))
            .Select(e => new { e.Id, e.ManagerId }).ToListAsync(ct);
        var manager = await db.Employees.Where(e => e.WorkEmail == demoEmails[2]).Select(e => e.Id).SingleAsync(ct);
        var employee = await db.Employees.Where(e => e.WorkEmail == demoEmails[3]).Select(e => new { e.Id, e.ManagerId }).SingleAsync(ct);
        var reports = people.Where(p => p.ManagerId == manager).Select(p => p.Id).ToList();
        var taken = new HashSet<(int Employee, int Course)>();
        var places = new List<Enrolment>();

        Enrolment? Place(int employeeId, int courseId, int? sessionId, EnrolmentStatus status, DateTime requestedAt)
        {
            if (!taken.Add((employeeId, courseId))) return null;
            var place = new Enrolment { EmployeeId = employeeId, CourseId = courseId, SessionId = sessionId, Status = status, RequestedAtUtc = requestedAt };
            places.Add(place);
            return place;
        }

        // The smallest classroom session soon is full, with three people waiting in the order they joined.
        var full = sessions.OrderBy(s => s.Capacity).ThenBy(s => s.StartsAtUtc).First();
        foreach (var session in sessions)
        {
            var seated = session == full ? session.Capacity : random.Next(0, Math.Max(1, session.Capacity * 2 / 3));
            foreach (var person in people.Where(p => !reports.Contains(p.Id)).OrderBy(_ => random.Next()).Take(seated + (session == full ? 3 : 0)))
            {
                var requested = now.AddDays(-random.Next(3, 40));
                var waiting = seated-- <= 0;
                var place = Place(person.Id, session.CourseId, session.Id, waiting ? EnrolmentStatus.Waitlisted : EnrolmentStatus.Enrolled, requested);
                if (place is null) continue;
                place.Decide(person.ManagerId, requested.AddDays(1), null);
                if (waiting) place.WaitlistedAtUtc = requested.AddDays(1).AddMinutes(places.Count);
                else place.EnrolledAtUtc = requested.AddDays(1);
            }
        }

        // Requests waiting for the demo manager, from their direct reports, and the demo employee's own for their manager.
        var open = sessions.Where(s => s != full).ToList();
        foreach (var (person, index) in reports.Take(3).Select((p, i) => (p, i)))
        {
            var session = open[(index * 3 + 1) % open.Count];
            if (Place(person, session.CourseId, session.Id, EnrolmentStatus.Requested, now.AddDays(-2 - index * 3)) is { } request)
                request.RequestNote = index == 0 ? "It would help me run the quarterly planning with the team." : null;
        }
        var wanted = open[open.Count / 2];
        if (Place(employee.Id, wanted.CourseId, wanted.Id, EnrolmentStatus.Requested, now.AddDays(-1)) is { } own)
            own.RequestNote = "I would like to take this before the next project starts.";

        // A request the demo manager declined, with the reason the person reads.
        if (reports.Skip(3).FirstOrDefault() is var declinedPerson and > 0
            && Place(declinedPerson, open[0].CourseId, open[0].Id, EnrolmentStatus.Declined, now.AddDays(-9)) is { } declined)
            declined.Decline(manager, now.AddDays(-8), "The team is short-handed that week; ask again for the next session.");

        // HR assigned the demo employee a course to finish by a date.
        var assignedSession = open[^1];
        if (Place(employee.Id, assignedSession.CourseId, assignedSession.Id, EnrolmentStatus.Enrolled, now.AddDays(-5)) is { } assigned)
        {
            assigned.AssignedByUserId = await db.Users.Where(u => u.Email == demoEmails[1]).Select(u => u.Id).FirstOrDefaultAsync(ct);
            assigned.DueOn = DateOnly.FromDateTime(assignedSession.StartsAtUtc).AddDays(14);
            assigned.EnrolledAtUtc = now.AddDays(-5);
        }

        db.AddRange(places);
        await db.SaveChangesAsync(ct);
    }
}
