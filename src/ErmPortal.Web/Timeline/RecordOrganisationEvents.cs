using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using MediatR;

namespace ErmPortal.Web.Timeline;

/// <summary>Hiring, job changes, status changes and leaving, as the person and the people around them see them.</summary>
public class RecordOrganisationEvents(TimelineRecorder timeline)
    : INotificationHandler<EmployeeHired>, INotificationHandler<EmployeeTransferred>, INotificationHandler<JobChangeScheduled>,
      INotificationHandler<EmployeeStatusChanged>, INotificationHandler<EmployeeTerminated>
{
    public async Task Handle(EmployeeHired notification, CancellationToken cancellationToken)
    {
        var e = notification.Employee;
        timeline.Record(e.Id, TimelineKinds.Hired,
            $"Joined as {await timeline.PositionAsync(e.PositionId)} in {await timeline.DepartmentAsync(e.DepartmentId)}, {await timeline.LocationAsync(e.LocationId)}",
            TimelineVisibility.Employee, $"/employees/{e.Id}");
    }

    public async Task Handle(EmployeeTransferred notification, CancellationToken cancellationToken)
    {
        var (e, change) = (notification.Employee, notification.Change);
        var parts = new List<string>();
        if (notification.FromDepartmentId != change.DepartmentId)
            parts.Add($"department {await timeline.DepartmentAsync(notification.FromDepartmentId)} → {await timeline.DepartmentAsync(change.DepartmentId)}");
        if (notification.FromPositionId != change.PositionId)
            parts.Add($"position {await timeline.PositionAsync(notification.FromPositionId)} → {await timeline.PositionAsync(change.PositionId)}");
        if (notification.FromLocationId != change.LocationId)
            parts.Add($"location {await timeline.LocationAsync(notification.FromLocationId)} → {await timeline.LocationAsync(change.LocationId)}");
        if (notification.FromManagerId != change.ManagerId)
            parts.Add($"manager {await timeline.EmployeeNameAsync(notification.FromManagerId) ?? "none"} → {await timeline.EmployeeNameAsync(change.ManagerId) ?? "none"}");
        timeline.Record(e.Id, TimelineKinds.JobChanged, $"{change.Kind}: {string.Join("; ", parts)}", TimelineVisibility.Employee, $"/employees/{e.Id}#job");
    }

    public async Task Handle(JobChangeScheduled notification, CancellationToken cancellationToken)
    {
        var change = notification.Change;
        timeline.Record(notification.Employee.Id, TimelineKinds.JobChangeScheduled,
            $"{change.Kind} planned for {change.EffectiveDate:yyyy-MM-dd}: {await timeline.PositionAsync(change.PositionId)} in {await timeline.DepartmentAsync(change.DepartmentId)}",
            TimelineVisibility.Manager, $"/employees/{notification.Employee.Id}#job");
    }

    public Task Handle(EmployeeStatusChanged notification, CancellationToken cancellationToken)
    {
        timeline.Record(notification.Employee.Id, TimelineKinds.StatusChanged, $"Status {notification.From} → {notification.To}",
            TimelineVisibility.Employee);
        return Task.CompletedTask;
    }

    public Task Handle(EmployeeTerminated notification, CancellationToken cancellationToken)
    {
        // The reason stays with HR; the person and their managers see the date.
        timeline.Record(notification.Employee.Id, TimelineKinds.Leaving, $"Last day set to {notification.LastDay:yyyy-MM-dd}", TimelineVisibility.Manager);
        timeline.Record(notification.Employee.Id, TimelineKinds.Leaving,
            $"Leaving {(notification.Voluntary ? "voluntarily" : "involuntarily")}: {notification.Reason}", TimelineVisibility.Hr);
        return Task.CompletedTask;
    }
}
