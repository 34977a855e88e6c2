using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using ErmPortal.Web.Timeline;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// Three years of the demo organisation's history on everyone's timeline: each hire, the end of onboarding,
/// promotions, moves between offices and leaves of absence, recorded by HR, as if the portal had been there.
/// </summary>
public class OrganisationTimelineHistory(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int RandomSeed = 20261130;
    private const TimelineAudience Everyone = RecordOrganisationEvents.Everyone;

    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var random = new Random(RandomSeed);
        var today = clock.Today;
        var horizon = today.AddYears(-3);
        var positions = await db.Positions.AsNoTracking().ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var hrEmail = OrganisationSeeder.DemoAccounts.First(a => a.Roles.Contains(Data.Accounts.Roles.Hr)).Email;
        var hr = await db.Employees.AsNoTracking().Where(e => e.WorkEmail == hrEmail)
            .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }).FirstAsync(cancellationToken);
        var people = await db.Employees.AsNoTracking()
            .Select(e => new { e.Id, e.HireDate, e.Status, e.PositionId, e.DepartmentId, e.LocationId })
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);

        IEnumerable<TimelineEntry> History()
        {
            foreach (var p in people)
            {
                var position = positions.First(x => x.Id == p.PositionId);
                TimelineEntry Entry(string kind, DateOnly day, TimelineArguments arguments, string? link = null) => new()
                {
                    SubjectType = TimelineSubjects.Employee, SubjectId = p.Id, Kind = kind, Arguments = arguments,
                    OccurredAtUtc = TimelineDemoHistory.During(random, day), Audience = Everyone, Link = link,
                    ActorEmployeeId = hr.Id, ActorName = hr.Name,
                };
                TimelineArguments Status(EmployeeStatus from, EmployeeStatus to) => new TimelineArguments().With("from", from.ToString()).With("to", to.ToString());

                yield return Entry(OrganisationTimelineKinds.Hired, p.HireDate, new TimelineArguments()
                    .With("positionId", p.PositionId).With(OrganisationTimelineKinds.Position, position.Title)
                    .With("departmentId", p.DepartmentId).With(OrganisationTimelineKinds.Department, departments[p.DepartmentId])
                    .With("locationId", p.LocationId).With(OrganisationTimelineKinds.Location, locations[p.LocationId]), $"/employees/{p.Id}");
                var onboarded = p.HireDate.AddDays(random.Next(20, 45));
                if (p.Status != EmployeeStatus.Onboarding && onboarded < today)
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, onboarded, Status(EmployeeStatus.Onboarding, EmployeeStatus.Active));

                // Only people here for a while have moved on since; the moves lead to the job they hold today.
                var settled = p.HireDate.AddDays(180) > horizon ? p.HireDate.AddDays(180) : horizon;
                var lastMonth = today.AddDays(-30);
                if (settled >= lastMonth) continue;
                var earlier = positions.FirstOrDefault(x => x.JobFamily == position.JobFamily && x.Level == position.Level - 1);
                if (earlier is not null && random.NextDouble() < 0.35)
                    yield return Entry(OrganisationTimelineKinds.JobChanged, TimelineDemoHistory.Between(random, settled, lastMonth), new TimelineArguments()
                        .With(OrganisationTimelineKinds.ChangeKind, nameof(JobChangeKind.Promotion))
                        .With("fromPositionId", earlier.Id).With("fromPosition", earlier.Title)
                        .With("toPositionId", position.Id).With("toPosition", position.Title), $"/employees/{p.Id}#job");
                if (random.NextDouble() < 0.2)
                {
                    var from = locations.Keys.Where(id => id != p.LocationId).ElementAt(random.Next(locations.Count - 1));
                    yield return Entry(OrganisationTimelineKinds.JobChanged, TimelineDemoHistory.Between(random, settled, lastMonth), new TimelineArguments()
                        .With(OrganisationTimelineKinds.ChangeKind, nameof(JobChangeKind.Transfer))
                        .With("fromLocationId", from).With("fromLocation", locations[from])
                        .With("toLocationId", p.LocationId).With("toLocation", locations[p.LocationId]), $"/employees/{p.Id}#job");
                }
                if (p.Status == EmployeeStatus.OnLeave)
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, TimelineDemoHistory.Between(random, lastMonth, today.AddDays(-1)),
                        Status(EmployeeStatus.Active, EmployeeStatus.OnLeave));
                else if (random.NextDouble() < 0.1)
                {
                    var away = TimelineDemoHistory.Between(random, settled, lastMonth.AddDays(-120));
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, away, Status(EmployeeStatus.Active, EmployeeStatus.OnLeave));
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, away.AddDays(random.Next(30, 110)), Status(EmployeeStatus.OnLeave, EmployeeStatus.Active));
                }
            }
        }

        await TimelineDemoHistory.WriteAsync(db, History(), cancellationToken);
    }
}
