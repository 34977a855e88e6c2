using MediatR;

namespace ErmPortal.Data.Organisation;

/// <summary>Raised when a person joins; the employee's id is assigned by the time handlers run.</summary>
public record EmployeeHired(Employee Employee) : INotification;

/// <summary>Raised when a job change takes effect; carries the values before it.</summary>
public record EmployeeTransferred(Employee Employee, JobChange Change, int FromDepartmentId, int FromPositionId, int FromLocationId, int? FromManagerId)
    : INotification;

/// <summary>Raised when a job change is recorded for a later date.</summary>
public record JobChangeScheduled(Employee Employee, JobChange Change) : INotification;

public record EmployeeStatusChanged(Employee Employee, EmployeeStatus From, EmployeeStatus To) : INotification;

public record EmployeeTerminated(Employee Employee, DateOnly LastDay, string Reason, bool Voluntary) : INotification;
