using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Profiles;

// Emergency contacts name family or friends: personal, like the rest of the person's private details.
[AuditField(FieldVisibility.Personal, "Emergency contact")]
public class EmergencyContact : IAudited, IAuditDescribed, IVersionedPart
{
    int IAudited.AuditedEmployeeId => EmployeeId;
    string IAuditDescribed.AuditDescription => $"{Name} ({Relationship})";
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(Employee), EmployeeId);

    public int Id { get; set; }
    [AuditField(FieldVisibility.Personal, "Employee")] public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    [AuditField(FieldVisibility.Personal, "Name")] public required string Name { get; set; }
    [AuditField(FieldVisibility.Personal, "Relationship")] public required string Relationship { get; set; }
    [AuditField(FieldVisibility.Personal, "Phone")] public required string Phone { get; set; }
}

public enum TagKind { Skill, Interest }

/// <summary>A skill or interest a person lists; the directory searches them.</summary>
[AuditField(FieldVisibility.Card, "Skill or interest")]
public class EmployeeTag : IAudited, IAuditDescribed, IVersionedPart
{
    int IAudited.AuditedEmployeeId => EmployeeId;
    string IAuditDescribed.AuditDescription => $"{Kind}: {Name}";
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(Employee), EmployeeId);

    public int Id { get; set; }
    [AuditField(FieldVisibility.Card, "Employee")] public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    [AuditField(FieldVisibility.Card, "Kind")] public TagKind Kind { get; set; }
    [AuditField(FieldVisibility.Card, "Name")] public required string Name { get; set; }
}
