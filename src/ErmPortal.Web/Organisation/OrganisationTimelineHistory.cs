using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Timeline;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// The demo organisation's past on everyone's timeline and in the audit log, told from the job history and the
/// leavers the seed made: each hire, the end of onboarding, promotions, moves between offices and managers, leaves of
/// absence and departures, each recorded by someone in HR (a departure becomes final by the portal itself), with the
/// audit rows those changes would have left.
/// </summary>
public class OrganisationTimelineHistory(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int RandomSeed = 20261130;
    private const TimelineAudience Everyone = RecordOrganisationEvents.Everyone;

    public int Order => 10;

    private sealed record Person(int Id, DateOnly HireDate, EmployeeStatus Status, DateOnly? LastDay, string? LeavingReason, bool? Voluntary);

    private sealed record Job(long Id, int EmployeeId, DateOnly EffectiveDate, JobChangeKind Kind, int DepartmentId, int PositionId, int LocationId,
        int? ManagerId, DateOnly? AppliedOn);

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var random = new Random(RandomSeed);
        var today = clock.Today;
        var horizon = today.AddYears(-3);
        var positions = await db.Positions.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var names = await db.Employees.AsNoTracking()
            .ToDictionaryAsync(e => e.Id, e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, cancellationToken);
        var hr = await DemoHistory.HrPeopleAsync(db, cancellationToken);
        var people = await db.Employees.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new Person(e.Id, e.HireDate, e.Status, e.LastDay, e.LeavingReason, e.LeavingVoluntarily))
            .ToListAsync(cancellationToken);
        var jobs = (await db.Set<JobChange>().AsNoTracking()
                .Select(j => new Job(j.Id, j.EmployeeId, j.EffectiveDate, j.Kind, j.DepartmentId, j.PositionId, j.LocationId, j.ManagerId, j.AppliedOn))
                .ToListAsync(cancellationToken))
            .ToLookup(j => j.EmployeeId);
        using var rows = new DemoRows(db);

        IEnumerable<TimelineEntry> History()
        {
            foreach (var p in people)
            {
                var recorder = hr[random.Next(hr.Count)];
                TimelineEntry Entry(string kind, DateTime at, TimelineArguments arguments, DemoActor? actor, TimelineAudience audience = Everyone, string? link = null) => new()
                {
                    SubjectType = TimelineSubjects.Employee, SubjectId = p.Id, Kind = kind, Arguments = arguments, OccurredAtUtc = at,
                    Audience = audience, Link = link, ActorEmployeeId = actor?.EmployeeId, ActorName = actor?.Name,
                };
                TimelineArguments Status(EmployeeStatus from, EmployeeStatus to) => new TimelineArguments().With("from", from.ToString()).With("to", to.ToString());
                void Modified(DateTime at, DemoActor? actor, string field, object? from, object? to) =>
                    rows.Add(DemoHistory.Modified<Employee>(at, actor, p.Id, p.Id, field, from, to));

                var history = jobs[p.Id].OrderBy(j => j.EffectiveDate).ThenBy(j => j.Id).ToList();
                var hire = history[0];
                // Someone joining in the coming weeks was added by HR a fortnight ago.
                var hiredAt = TimelineDemoHistory.During(random, p.HireDate < today ? p.HireDate : today.AddDays(-14));
                yield return Entry(OrganisationTimelineKinds.Hired, hiredAt, new TimelineArguments()
                    .With("positionId", hire.PositionId).With(OrganisationTimelineKinds.Position, positions[hire.PositionId])
                    .With("departmentId", hire.DepartmentId).With(OrganisationTimelineKinds.Department, departments[hire.DepartmentId])
                    .With("locationId", hire.LocationId).With(OrganisationTimelineKinds.Location, locations[hire.LocationId]), recorder, link: $"/employees/{p.Id}");
                if (p.HireDate >= horizon)
                {
                    rows.Add(DemoHistory.Added<Employee>(hiredAt, recorder, p.Id, p.Id));
                    rows.Add(DemoHistory.Added<JobChange>(hiredAt, recorder, hire.Id, p.Id));
                }
                var onboarded = p.HireDate.AddDays(random.Next(20, 45));
                if (p.Status != EmployeeStatus.Onboarding && onboarded < today)
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, TimelineDemoHistory.During(random, onboarded),
                        Status(EmployeeStatus.Onboarding, EmployeeStatus.Active), recorder);

                foreach (var (before, change) in history.Zip(history.Skip(1)))
                {
                    var at = TimelineDemoHistory.During(random, change.AppliedOn ?? today.AddDays(-random.Next(1, 5)));
                    if (change.AppliedOn is null)
                    {
                        yield return Entry(OrganisationTimelineKinds.JobChangeScheduled, at, new TimelineArguments()
                            .With(OrganisationTimelineKinds.ChangeKind, change.Kind.ToString()).With("effectiveDate", change.EffectiveDate)
                            .With(OrganisationTimelineKinds.Position, positions[change.PositionId])
                            .With(OrganisationTimelineKinds.Department, departments[change.DepartmentId]), recorder, link: $"/employees/{p.Id}#job");
                        rows.Add(DemoHistory.Added<JobChange>(at, recorder, change.Id, p.Id));
                        continue;
                    }
                    var arguments = new TimelineArguments().With(OrganisationTimelineKinds.ChangeKind, change.Kind.ToString());
                    if (before.PositionId != change.PositionId)
                        arguments.With("fromPositionId", before.PositionId).With("fromPosition", positions[before.PositionId])
                            .With("toPositionId", change.PositionId).With("toPosition", positions[change.PositionId]);
                    if (before.LocationId != change.LocationId)
                        arguments.With("fromLocationId", before.LocationId).With("fromLocation", locations[before.LocationId])
                            .With("toLocationId", change.LocationId).With("toLocation", locations[change.LocationId]);
                    if (before.ManagerId != change.ManagerId)
                        arguments.With("managerChanged", true).With("fromManager", before.ManagerId is { } from ? names[from] : null)
                            .With("toManager", change.ManagerId is { } to ? names[to] : null);
                    yield return Entry(OrganisationTimelineKinds.JobChanged, at, arguments, recorder, link: $"/employees/{p.Id}#job");
                    rows.Add(DemoHistory.Added<JobChange>(at, recorder, change.Id, p.Id));
                    if (before.PositionId != change.PositionId) Modified(at, recorder, nameof(Employee.PositionId), before.PositionId, change.PositionId);
                    if (before.LocationId != change.LocationId) Modified(at, recorder, nameof(Employee.LocationId), before.LocationId, change.LocationId);
                    if (before.ManagerId != change.ManagerId) Modified(at, recorder, nameof(Employee.ManagerId), before.ManagerId, change.ManagerId);
                }

                // Leaves of absence fall in the last three years, while the person was here and settled.
                var settled = p.HireDate.AddDays(180) > horizon ? p.HireDate.AddDays(180) : horizon;
                var lastMonth = today.AddDays(-30);
                if (p.LastDay is { } lastDay)
                {
                    var notice = lastDay.AddDays(-random.Next(14, 60));
                    if (notice < horizon) notice = horizon;
                    // Told no later than yesterday: a working hour today could still lie ahead.
                    if (notice >= today) notice = today.AddDays(-1);
                    var noticeAt = TimelineDemoHistory.During(random, notice);
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, noticeAt, Status(EmployeeStatus.Active, EmployeeStatus.Leaving), recorder);
                    yield return Entry(OrganisationTimelineKinds.Leaving, noticeAt, new TimelineArguments().With(OrganisationTimelineKinds.LastDay, lastDay), recorder);
                    yield return Entry(OrganisationTimelineKinds.Leaving, noticeAt, new TimelineArguments()
                        .With(OrganisationTimelineKinds.Voluntary, p.Voluntary == true).With(OrganisationTimelineKinds.Reason, p.LeavingReason), recorder, TimelineAudience.Hr);
                    Modified(noticeAt, recorder, nameof(Employee.Status), EmployeeStatus.Active, EmployeeStatus.Leaving);
                    Modified(noticeAt, recorder, nameof(Employee.LastDay), null, lastDay);
                    Modified(noticeAt, recorder, nameof(Employee.LeavingReason), null, p.LeavingReason);
                    Modified(noticeAt, recorder, nameof(Employee.LeavingVoluntarily), null, p.Voluntary);
                    if (p.Status == EmployeeStatus.Left)
                    {
                        // The portal's own job closes the record the morning after the last day.
                        var leftAt = lastDay.AddDays(1).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
                        yield return Entry(OrganisationTimelineKinds.StatusChanged, leftAt, Status(EmployeeStatus.Leaving, EmployeeStatus.Left), null);
                        Modified(leftAt, null, nameof(Employee.Status), EmployeeStatus.Leaving, EmployeeStatus.Left);
                    }
                    lastMonth = notice.AddDays(-30);
                }
                if (settled >= lastMonth) continue;
                if (p.Status == EmployeeStatus.OnLeave)
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, TimelineDemoHistory.During(random, TimelineDemoHistory.Between(random, lastMonth, today.AddDays(-1))),
                        Status(EmployeeStatus.Active, EmployeeStatus.OnLeave), recorder);
                else if (random.NextDouble() < 0.1 && lastMonth.AddDays(-120) > settled)
                {
                    var away = TimelineDemoHistory.Between(random, settled, lastMonth.AddDays(-120));
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, TimelineDemoHistory.During(random, away), Status(EmployeeStatus.Active, EmployeeStatus.OnLeave), recorder);
                    yield return Entry(OrganisationTimelineKinds.StatusChanged, TimelineDemoHistory.During(random, away.AddDays(random.Next(30, 110))),
                        Status(EmployeeStatus.OnLeave, EmployeeStatus.Active), recorder);
                }
            }
        }

        // The audit rows are written as the entries they go with are made, so neither is held in memory.
        rows.AddRange(History());
    }
}
