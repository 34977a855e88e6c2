using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

public enum JobChangeKind { Hire, Transfer, Promotion, Correction }

/// <summary>
/// One line of an employee's job history: where they work, in what position and for whom, from a date.
/// A change dated in the future waits (AppliedOn empty) until the job host applies it on its day.
/// </summary>
public class JobChange : Entity
{
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public DateOnly EffectiveDate { get; set; }
    public JobChangeKind Kind { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int PositionId { get; set; }
    public Position Position { get; set; } = null!;
    public int LocationId { get; set; }
    public Location Location { get; set; } = null!;
    public int? ManagerId { get; set; }
    public Employee? Manager { get; set; }
    public string? Note { get; set; }
    /// <summary>The day the change took effect; empty while it is scheduled.</summary>
    public DateOnly? AppliedOn { get; set; }
}
