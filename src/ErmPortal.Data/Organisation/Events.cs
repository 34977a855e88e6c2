using MediatR;

namespace ErmPortal.Data.Organisation;

/// <summary>Raised when a person joins; the employee's id is assigned by the time handlers run.</summary>
public record EmployeeHired(Employee Employee) : INotification;

/// <summary>Raised when department, position, location or manager changes; carries the values before the change.</summary>
public record EmployeeTransferred(Employee Employee, int FromDepartmentId, int FromPositionId, int FromLocationId, int? FromManagerId)
    : INotification;
