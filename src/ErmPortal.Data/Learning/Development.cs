using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Learning;

/// <summary>
/// A skill people in a position are expected to have, named as people name their skills and courses name what they
/// teach: a person in the position who lacks it has a gap the courses teaching it can close.
/// </summary>
public class PositionSkill
{
    public int Id { get; set; }
    public int PositionId { get; set; }
    public Position Position { get; set; } = null!;
    public required string Name { get; set; }
}

public enum GoalStatus { Open, Achieved, Dropped }

/// <summary>
/// A person's development plan: the goals they work towards and the courses they mean to take, agreed by them and by
/// their manager. Any change to what the plan holds clears both agreements, so an agreement is always to what the plan
/// says now. One plan per person, kept and changed over time.
/// </summary>
public class DevelopmentPlan : Entity, IVersioned
{
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? EmployeeAgreedAtUtc { get; set; }
    public DateTime? ManagerAgreedAtUtc { get; set; }
    public int? ManagerAgreedById { get; set; }
    public List<DevelopmentGoal> Goals { get; set; } = [];
    public List<PlannedCourse> Courses { get; set; } = [];
    public List<DevelopmentComment> Comments { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsAgreed => EmployeeAgreedAtUtc is not null && ManagerAgreedAtUtc is not null;

    /// <summary>What the plan holds changed: whoever agreed, agreed to something else.</summary>
    public void Changed()
    {
        EmployeeAgreedAtUtc = null;
        ManagerAgreedAtUtc = null;
        ManagerAgreedById = null;
    }

    /// <summary>Records one side's agreement; true when, with it, both sides have agreed.</summary>
    public bool Agree(bool asEmployee, int? managerId, DateTime nowUtc)
    {
        var before = IsAgreed;
        if (asEmployee) EmployeeAgreedAtUtc ??= nowUtc;
        else { ManagerAgreedAtUtc ??= nowUtc; ManagerAgreedById ??= managerId; }
        if (!before && IsAgreed) Raise(new DevelopmentPlanAgreed(this));
        return IsAgreed;
    }
}

/// <summary>Both the person and their manager have agreed to the plan as it stands.</summary>
public record DevelopmentPlanAgreed(DevelopmentPlan Plan) : MediatR.INotification;

/// <summary>Something the person means to reach, often a skill to build, by a day.</summary>
public class DevelopmentGoal : IVersionedPart
{
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(DevelopmentPlan), PlanId);

    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Title { get; set; }
    /// <summary>The skill it builds, named as skills are named on profiles and courses.</summary>
    public string? Skill { get; set; }
    public DateOnly TargetDate { get; set; }
    public GoalStatus Status { get; set; }
}

/// <summary>A catalog course the person plans to take, by a day.</summary>
public class PlannedCourse : IVersionedPart
{
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(DevelopmentPlan), PlanId);

    public int Id { get; set; }
    public int PlanId { get; set; }
    public int CourseId { get; set; }
    public Course Course { get; set; } = null!;
    public DateOnly TargetDate { get; set; }
}

/// <summary>A word about the plan from the person, a manager above them, or HR. Comments leave agreements standing.</summary>
public class DevelopmentComment
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int AuthorId { get; set; }
    public Employee Author { get; set; } = null!;
    public required string Text { get; set; }
    public DateTime WrittenAtUtc { get; set; }
}

/// <summary>A course the person said is not for them: it is never recommended to them again.</summary>
public class RecommendationDismissal
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public int CourseId { get; set; }
    public DateTime DismissedAtUtc { get; set; }
}

/// <summary>
/// A skill a review said the person should develop. Written by the reviews module when a review is finalized; the
/// recommendations read the needs of the person's last review (the latest day noted).
/// </summary>
public class DevelopmentNeed
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public required string Skill { get; set; }
    /// <summary>Where it was named, in words: the review it came from.</summary>
    public required string Source { get; set; }
    public DateOnly NotedOn { get; set; }
}
