using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

/// <summary>A job: what the person is, not who they are.</summary>
public class Position : Entity
{
    public required string Title { get; set; }
    public required string JobFamily { get; set; }
    /// <summary>Seniority level, 1 (entry) to 10 (executive).</summary>
    public int Level { get; set; }
}
