using ErmPortal.Data.Audit;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

public enum JobChangeKind { Hire, Transfer, Promotion, Correction }

/// <summary>
/// One line of an employee's job history: where they work, in what position and for whom, from a date.
/// A change dated in the future waits (AppliedOn empty) until the job host applies it on its day.
/// </summary>
[AuditField(FieldVisibility.Employment, "Job change")]
public class JobChange : Entity, IAudited
{
    int IAudited.AuditedEmployeeId => EmployeeId;

    [AuditField(FieldVisibility.Employment, "Employee")] public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    [AuditField(FieldVisibility.Employment, "Effective date")] public DateOnly EffectiveDate { get; set; }
    [AuditField(FieldVisibility.Employment, "Kind of change")] public JobChangeKind Kind { get; set; }
    [AuditField(FieldVisibility.Employment, "Department")] public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    [AuditField(FieldVisibility.Employment, "Position")] public int PositionId { get; set; }
    public Position Position { get; set; } = null!;
    [AuditField(FieldVisibility.Employment, "Location")] public int LocationId { get; set; }
    public Location Location { get; set; } = null!;
    [AuditField(FieldVisibility.Employment, "Manager")] public int? ManagerId { get; set; }
    public Employee? Manager { get; set; }
    [AuditField(FieldVisibility.Employment, "Note")] public string? Note { get; set; }
    /// <summary>The day the change took effect; empty while it is scheduled.</summary>
    [AuditField(FieldVisibility.Employment, "Applied on")] public DateOnly? AppliedOn { get; set; }
}
