using ErmPortal.Data.Audit;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

public enum EmploymentType { FullTime, PartTime, Contractor, Temporary, Intern }

public enum EmployeeStatus { Onboarding, Active, OnLeave, Leaving, Left }

/// <summary>A person's gender as they state it, for pay equity; none when not recorded.</summary>
public enum Gender { Female, Male, NonBinary, PreferNotToSay }

[AuditField(FieldVisibility.Card, "Employee")]
public class Employee : Entity, IVersioned, IAudited
{
    int IAudited.AuditedEmployeeId => Id;

    [AuditField(FieldVisibility.Card, "Legal first name")] public required string LegalFirstName { get; set; }
    [AuditField(FieldVisibility.Card, "Legal last name")] public required string LegalLastName { get; set; }
    [AuditField(FieldVisibility.Card, "Preferred name")] public string? PreferredName { get; set; }
    [AuditField(FieldVisibility.Card, "Pronouns")] public string? Pronouns { get; set; }
    [AuditField(FieldVisibility.Card, "Work email")] public required string WorkEmail { get; set; }
    /// <summary>The work phone, which colleagues may use.</summary>
    [AuditField(FieldVisibility.Card, "Work phone")] public string? Phone { get; set; }
    [AuditField(FieldVisibility.Employment, "Hire date")] public DateOnly HireDate { get; set; }
    [AuditField(FieldVisibility.Employment, "Employment type")] public EmploymentType EmploymentType { get; set; }
    [AuditField(FieldVisibility.Employment, "Status")] public EmployeeStatus Status { get; private set; } = EmployeeStatus.Onboarding;
    /// <summary>The last day of the probation period agreed at hire; empty when there is none (or it predates the portal).</summary>
    [AuditField(FieldVisibility.Employment, "End of probation")] public DateOnly? ProbationEndDate { get; set; }

    [AuditField(FieldVisibility.Card, "Manager")] public int? ManagerId { get; set; }
    public Employee? Manager { get; set; }
    public List<Employee> DirectReports { get; set; } = [];
    [AuditField(FieldVisibility.Card, "Department")] public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    [AuditField(FieldVisibility.Card, "Position")] public int PositionId { get; set; }
    public Position Position { get; set; } = null!;
    [AuditField(FieldVisibility.Card, "Location")] public int LocationId { get; set; }
    public Location Location { get; set; } = null!;

    /// <summary>The Identity account this person signs in with.</summary>
    [AuditField(FieldVisibility.Employment, "Account")] public string? UserId { get; set; }

    // Personal contact: the person and HR only.
    [AuditField(FieldVisibility.Personal, "Personal email")] public string? PersonalEmail { get; set; }
    [AuditField(FieldVisibility.Personal, "Personal phone")] public string? PersonalPhone { get; set; }
    /// <summary>Recorded only when the person gives it; pay equity compares groups of at least five, never a person.</summary>
    [AuditField(FieldVisibility.Personal, "Gender")] public Gender? Gender { get; set; }

    // Sensitive details: changed only through an approved change request.
    [AuditField(FieldVisibility.Personal, "Home address")] [Sensitive] public string? HomeAddress { get; set; }
    [AuditField(FieldVisibility.Personal, "Date of birth")] [Sensitive] public DateOnly? DateOfBirth { get; set; }
    [AuditField(FieldVisibility.Personal, "National id")] [Sensitive] public string? NationalId { get; set; }
    [AuditField(FieldVisibility.Personal, "Bank account")] [Sensitive] public string? BankAccount { get; set; }

    [AuditField(FieldVisibility.Development, "Career aspirations")] public string? CareerAspirations { get; set; }

    /// <summary>The file store's key of the person's photo; none means the initials are shown.</summary>
    [AuditField(FieldVisibility.Card, "Photo")] public string? PhotoKey { get; set; }

    // Leaving: set when HR records a termination.
    [AuditField(FieldVisibility.Employment, "Last day")] public DateOnly? LastDay { get; private set; }
    [AuditField(FieldVisibility.Employment, "Leaving reason")] public string? LeavingReason { get; private set; }
    [AuditField(FieldVisibility.Employment, "Leaving voluntarily")] public bool? LeavingVoluntarily { get; private set; }

    public List<EmergencyContact> EmergencyContacts { get; set; } = [];
    public List<EmployeeTag> Tags { get; set; } = [];
    public List<JobChange> JobHistory { get; set; } = [];

    [NotAudited] public Guid Version { get; set; } = Guid.NewGuid();

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
