using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

/// <summary>A unit of the organisation; departments form a tree.</summary>
public class Department : Entity
{
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Department? Parent { get; set; }
    public List<Department> Children { get; set; } = [];

    /// <summary>
    /// The job family whose positions people in this department hold (Engineering, Sales…): a position belongs to a
    /// department through its family, so an HR form cannot put a Financial Analyst in Platform. None means the
    /// department takes positions of any family (departments made before families were recorded).
    /// </summary>
    public string? JobFamily { get; set; }
}
