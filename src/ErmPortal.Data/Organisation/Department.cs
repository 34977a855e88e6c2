using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

/// <summary>A unit of the organisation; departments form a tree.</summary>
public class Department : Entity
{
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Department? Parent { get; set; }
    public List<Department> Children { get; set; } = [];
}
