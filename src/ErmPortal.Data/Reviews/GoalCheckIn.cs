using ErmPortal.Data.Organisation;

namespace ErmPortal.Data.Reviews;

/// <summary>
/// A moment in a goal's life: where it stands (progress and status) and a word on why, by the person or their manager.
/// The latest check-in is what the goal says; the earlier ones are its story through the period.
/// </summary>
public class GoalCheckIn
{
    public int Id { get; set; }
    public int GoalId { get; set; }
    public PerformanceGoal Goal { get; set; } = null!;
    public int Progress { get; set; }
    public PerformanceGoalStatus Status { get; set; }
    public string? Comment { get; set; }
    public int? AuthorId { get; set; }
    public Employee? Author { get; set; }
    public DateTime CheckedInAtUtc { get; set; }
}
