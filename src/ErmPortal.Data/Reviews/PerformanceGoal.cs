using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Reviews;

public enum PerformanceGoalStatus { NotStarted, OnTrack, AtRisk, OffTrack, Achieved, Missed, Dropped }

/// <summary>
/// Something a person commits to reach in a period, with how it is measured, by when, and how much it weighs among their
/// goals. It may support one of their manager's goals. Progress is updated through check-ins; the reviews of the cycle
/// whose period holds the target date rate it.
/// </summary>
public class PerformanceGoal : Entity, IVersioned
{
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public required string Title { get; set; }
    /// <summary>How reaching it is measured, in words ("NPS above 40", "three releases shipped").</summary>
    public string? Measure { get; set; }
    public DateOnly TargetDate { get; set; }
    /// <summary>Its share, in percent, of the person's goals for the period.</summary>
    public int Weight { get; set; }
    public int Progress { get; set; }
    public PerformanceGoalStatus Status { get; set; }
    /// <summary>The manager's goal this one supports.</summary>
    public int? AlignedToGoalId { get; set; }
    public PerformanceGoal? AlignedToGoal { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public static readonly PerformanceGoalStatus[] Closed =
        [PerformanceGoalStatus.Achieved, PerformanceGoalStatus.Missed, PerformanceGoalStatus.Dropped];

    public bool IsClosed => Closed.Contains(Status);
}
