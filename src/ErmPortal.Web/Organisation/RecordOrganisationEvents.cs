using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// Hiring, job changes, status changes and leaving, on the person's timeline. Names are kept with their ids as
/// they were on the day, so a renamed department does not rewrite history.
/// </summary>
public class RecordOrganisationEvents(TimelineRecorder timeline, ErmDbContext db)
    : INotificationHandler<EmployeeHired>, INotificationHandler<EmployeeTransferred>, INotificationHandler<JobChangeScheduled>,
      INotificationHandler<EmployeeStatusChanged>, INotificationHandler<EmployeeTerminated>
{
    /// <summary>Everyone around the person may follow their job; the person's requests and HR's notes are narrower.</summary>
    public const TimelineAudience Everyone = TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr;

    // Read once per request, so a bulk import does not look the names up per person.
    private Dictionary<int, string>? _departments, _positions, _locations;

    public async Task Handle(EmployeeHired notification, CancellationToken cancellationToken)
    {
        var e = notification.Employee;
        timeline.RecordForEmployee(e.Id, OrganisationTimelineKinds.Hired,
            await JobAsync(new TimelineArguments(), e.PositionId, e.DepartmentId, e.LocationId), Everyone, $"/employees/{e.Id}");
    }

    public async Task Handle(EmployeeTransferred notification, CancellationToken cancellationToken)
    {
        var (e, change) = (notification.Employee, notification.Change);
        var arguments = new TimelineArguments().With(OrganisationTimelineKinds.ChangeKind, change.Kind.ToString());
        if (notification.FromDepartmentId != change.DepartmentId)
            arguments.With("fromDepartmentId", notification.FromDepartmentId).With("fromDepartment", await DepartmentAsync(notification.FromDepartmentId))
                .With("toDepartmentId", change.DepartmentId).With("toDepartment", await DepartmentAsync(change.DepartmentId));
        if (notification.FromPositionId != change.PositionId)
            arguments.With("fromPositionId", notification.FromPositionId).With("fromPosition", await PositionAsync(notification.FromPositionId))
                .With("toPositionId", change.PositionId).With("toPosition", await PositionAsync(change.PositionId));
        if (notification.FromLocationId != change.LocationId)
            arguments.With("fromLocationId", notification.FromLocationId).With("fromLocation", await LocationAsync(notification.FromLocationId))
                .With("toLocationId", change.LocationId).With("toLocation", await LocationAsync(change.LocationId));
        if (notification.FromManagerId != change.ManagerId)
            arguments.With("managerChanged", true)
                .With("fromManagerId", notification.FromManagerId).With("fromManager", await EmployeeNameAsync(notification.FromManagerId))
                .With("toManagerId", change.ManagerId).With("toManager", await EmployeeNameAsync(change.ManagerId));
        timeline.RecordForEmployee(e.Id, OrganisationTimelineKinds.JobChanged, arguments, Everyone, $"/employees/{e.Id}#job");
    }

    public async Task Handle(JobChangeScheduled notification, CancellationToken cancellationToken)
    {
        var change = notification.Change;
        var arguments = new TimelineArguments().With(OrganisationTimelineKinds.ChangeKind, change.Kind.ToString()).With("effectiveDate", change.EffectiveDate);
        // Planned moves are for the people who plan them until they happen.
        timeline.RecordForEmployee(notification.Employee.Id, OrganisationTimelineKinds.JobChangeScheduled,
            await JobAsync(arguments, change.PositionId, change.DepartmentId, change.LocationId),
            TimelineAudience.ManagerChain | TimelineAudience.Hr, $"/employees/{notification.Employee.Id}#job");
    }

    public Task Handle(EmployeeStatusChanged notification, CancellationToken cancellationToken)
    {
        timeline.RecordForEmployee(notification.Employee.Id, OrganisationTimelineKinds.StatusChanged,
            new TimelineArguments().With("from", notification.From.ToString()).With("to", notification.To.ToString()), Everyone);
        return Task.CompletedTask;
    }

    public Task Handle(EmployeeTerminated notification, CancellationToken cancellationToken)
    {
        // The person and their managers see the date; the reason stays with HR.
        timeline.RecordForEmployee(notification.Employee.Id, OrganisationTimelineKinds.Leaving,
            new TimelineArguments().With(OrganisationTimelineKinds.LastDay, notification.LastDay), Everyone);
        timeline.RecordForEmployee(notification.Employee.Id, OrganisationTimelineKinds.Leaving,
            new TimelineArguments().With(OrganisationTimelineKinds.Voluntary, notification.Voluntary).With(OrganisationTimelineKinds.Reason, notification.Reason),
            TimelineAudience.Hr);
        return Task.CompletedTask;
    }

    private async Task<TimelineArguments> JobAsync(TimelineArguments arguments, int positionId, int departmentId, int locationId) =>
        arguments.With("positionId", positionId).With(OrganisationTimelineKinds.Position, await PositionAsync(positionId))
            .With("departmentId", departmentId).With(OrganisationTimelineKinds.Department, await DepartmentAsync(departmentId))
            .With("locationId", locationId).With(OrganisationTimelineKinds.Location, await LocationAsync(locationId));

    private async Task<string?> DepartmentAsync(int id) => (_departments ??= await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name)).GetValueOrDefault(id);
    private async Task<string?> PositionAsync(int id) => (_positions ??= await db.Positions.ToDictionaryAsync(p => p.Id, p => p.Title)).GetValueOrDefault(id);
    private async Task<string?> LocationAsync(int id) => (_locations ??= await db.Locations.ToDictionaryAsync(l => l.Id, l => l.Name)).GetValueOrDefault(id);

    private async Task<string?> EmployeeNameAsync(int? id) => id is null ? null
        : await db.Employees.Where(e => e.Id == id).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync();
}
