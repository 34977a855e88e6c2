using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

public enum EmploymentType { FullTime, PartTime, Contractor, Temporary, Intern }

public enum EmployeeStatus { Onboarding, Active, OnLeave, Leaving, Left }

public class Employee : Entity, IVersioned
{
    public required string LegalFirstName { get; set; }
    public required string LegalLastName { get; set; }
    public string? PreferredName { get; set; }
    public required string WorkEmail { get; set; }
    public string? Phone { get; set; }
    public DateOnly HireDate { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public EmployeeStatus Status { get; private set; } = EmployeeStatus.Onboarding;

    public int? ManagerId { get; set; }
    public Employee? Manager { get; set; }
    public List<Employee> DirectReports { get; set; } = [];
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int PositionId { get; set; }
    public Position Position { get; set; } = null!;
    public int LocationId { get; set; }
    public Location Location { get; set; } = null!;

    /// <summary>The Identity account this person signs in with.</summary>
    public string? UserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The name colleagues use: the preferred first name when given.</summary>
    public string DisplayName => $"{PreferredName ?? LegalFirstName} {LegalLastName}";

    private static readonly Dictionary<EmployeeStatus, EmployeeStatus[]> AllowedTransitions = new()
    {
        [EmployeeStatus.Onboarding] = [EmployeeStatus.Active, EmployeeStatus.Left],
        [EmployeeStatus.Active] = [EmployeeStatus.OnLeave, EmployeeStatus.Leaving],
        [EmployeeStatus.OnLeave] = [EmployeeStatus.Active, EmployeeStatus.Leaving],
        // A resignation can be withdrawn before the last day.
        [EmployeeStatus.Leaving] = [EmployeeStatus.Left, EmployeeStatus.Active],
        [EmployeeStatus.Left] = [],
    };

    public bool CanMoveTo(EmployeeStatus next) => AllowedTransitions[Status].Contains(next);

    public void MoveTo(EmployeeStatus next)
    {
        if (next == Status) return;
        if (!CanMoveTo(next))
            throw new DomainRuleException(nameof(Status), $"An employee cannot go from {Status} to {next}.");
        Status = next;
    }

    public static Employee Hire(string legalFirstName, string legalLastName, string workEmail, DateOnly hireDate,
        int departmentId, int positionId, int locationId, int? managerId, EmploymentType type)
    {
        var employee = new Employee
        {
            LegalFirstName = legalFirstName,
            LegalLastName = legalLastName,
            WorkEmail = workEmail,
            HireDate = hireDate,
            DepartmentId = departmentId,
            PositionId = positionId,
            LocationId = locationId,
            ManagerId = managerId,
            EmploymentType = type,
        };
        employee.Raise(new EmployeeHired(employee));
        return employee;
    }

    public void Transfer(int departmentId, int positionId, int locationId, int? managerId)
    {
        var changed = departmentId != DepartmentId || positionId != PositionId || locationId != LocationId || managerId != ManagerId;
        if (!changed) return;
        Raise(new EmployeeTransferred(this, DepartmentId, PositionId, LocationId, ManagerId));
        DepartmentId = departmentId;
        PositionId = positionId;
        LocationId = locationId;
        ManagerId = managerId;
    }
}
