using ErmPortal.Data.Profiles;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

public enum EmploymentType { FullTime, PartTime, Contractor, Temporary, Intern }

public enum EmployeeStatus { Onboarding, Active, OnLeave, Leaving, Left }

public class Employee : Entity, IVersioned
{
    public required string LegalFirstName { get; set; }
    public required string LegalLastName { get; set; }
    public string? PreferredName { get; set; }
    public string? Pronouns { get; set; }
    public required string WorkEmail { get; set; }
    /// <summary>The work phone, which colleagues may use.</summary>
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

    // Personal contact: the person and HR only.
    public string? PersonalEmail { get; set; }
    public string? PersonalPhone { get; set; }

    // Sensitive details: changed only through an approved change request.
    [Sensitive] public string? HomeAddress { get; set; }
    [Sensitive] public DateOnly? DateOfBirth { get; set; }
    [Sensitive] public string? NationalId { get; set; }
    [Sensitive] public string? BankAccount { get; set; }

    public string? CareerAspirations { get; set; }

    /// <summary>The file store's key of the person's photo; none means the initials are shown.</summary>
    public string? PhotoKey { get; set; }

    // Leaving: set when HR records a termination.
    public DateOnly? LastDay { get; private set; }
    public string? LeavingReason { get; private set; }
    public bool? LeavingVoluntarily { get; private set; }

    public List<EmergencyContact> EmergencyContacts { get; set; } = [];
    public List<EmployeeTag> Tags { get; set; } = [];
    public List<JobChange> JobHistory { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The name colleagues use: the preferred first name when given.</summary>
    public string DisplayName => $"{PreferredName ?? LegalFirstName} {LegalLastName}";

    private static readonly Dictionary<EmployeeStatus, EmployeeStatus[]> AllowedTransitions = new()
    {
        [EmployeeStatus.Onboarding] = [EmployeeStatus.Active, EmployeeStatus.Leaving, EmployeeStatus.Left],
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
            throw new DomainRuleException(nameof(Status), "An employee cannot go from {0} to {1}.", Status, next);
        var previous = Status;
        Status = next;
        if (previous == EmployeeStatus.Leaving && next == EmployeeStatus.Active)
        {
            LastDay = null;
            LeavingReason = null;
            LeavingVoluntarily = null;
        }
        Raise(new EmployeeStatusChanged(this, previous, next));
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
        employee.JobHistory.Add(new JobChange
        {
            EffectiveDate = hireDate, Kind = JobChangeKind.Hire, DepartmentId = departmentId, PositionId = positionId,
            LocationId = locationId, ManagerId = managerId, AppliedOn = hireDate,
        });
        employee.Raise(new EmployeeHired(employee));
        return employee;
    }

    /// <summary>Applies a job change now: department, position, location and manager take the change's values.</summary>
    public void Apply(JobChange change, DateOnly today)
    {
        if (change.AppliedOn is not null) return;
        change.AppliedOn = today;
        var changed = change.DepartmentId != DepartmentId || change.PositionId != PositionId
                      || change.LocationId != LocationId || change.ManagerId != ManagerId;
        if (!changed) return;
        Raise(new EmployeeTransferred(this, change, DepartmentId, PositionId, LocationId, ManagerId));
        DepartmentId = change.DepartmentId;
        PositionId = change.PositionId;
        LocationId = change.LocationId;
        ManagerId = change.ManagerId;
    }

    /// <summary>Records a job change; it applies at once when its day has come, otherwise on its day.</summary>
    public JobChange ChangeJob(JobChangeKind kind, DateOnly effectiveDate, int departmentId, int positionId, int locationId,
        int? managerId, string? note, DateOnly today)
    {
        var change = new JobChange
        {
            EffectiveDate = effectiveDate, Kind = kind, DepartmentId = departmentId, PositionId = positionId,
            LocationId = locationId, ManagerId = managerId, Note = note,
        };
        JobHistory.Add(change);
        if (effectiveDate <= today) Apply(change, today);
        else Raise(new JobChangeScheduled(this, change));
        return change;
    }

    /// <summary>Announces a self-service change, so other modules record it (the timeline, for one).</summary>
    public void RecordProfileUpdate(IReadOnlyList<string> fields)
    {
        if (fields.Count > 0) Raise(new ProfileUpdated(this, fields));
    }

    /// <summary>HR records that the person is leaving; they are Left after the last day.</summary>
    public void Terminate(DateOnly lastDay, string reason, bool voluntary, DateOnly today)
    {
        if (Status == EmployeeStatus.Left)
            throw new DomainRuleException(nameof(Status), "This person has already left.");
        LastDay = lastDay;
        LeavingReason = reason;
        LeavingVoluntarily = voluntary;
        if (Status != EmployeeStatus.Leaving) MoveTo(EmployeeStatus.Leaving);
        Raise(new EmployeeTerminated(this, lastDay, reason, voluntary));
        if (lastDay < today) MoveTo(EmployeeStatus.Left);
    }
}

/// <summary>Marks a personal detail that is masked in lists and the audit log and changed only by an approved request.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
