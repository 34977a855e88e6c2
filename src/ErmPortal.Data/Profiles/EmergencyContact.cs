using ErmPortal.Data.Organisation;

namespace ErmPortal.Data.Profiles;

public class EmergencyContact
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public required string Name { get; set; }
    public required string Relationship { get; set; }
    public required string Phone { get; set; }
}

public enum TagKind { Skill, Interest }

/// <summary>A skill or interest a person lists; the directory searches them.</summary>
public class EmployeeTag
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public TagKind Kind { get; set; }
    public required string Name { get; set; }
}
