using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Learning;

/// <summary>How a course is taken: in a room with a trainer, on one's own online, or alongside colleagues at work.</summary>
public enum CourseFormat { Classroom, Online, OnTheJob }

/// <summary>
/// A course of the catalog: what it teaches, who gives it, what it takes (hours) and costs. Sessions are its dates;
/// mandatory rules say for which positions it must be taken and how often. Archived courses keep their sessions and,
/// later, the records of who took them, but are offered to nobody.
/// </summary>
public class Course : Entity, IVersioned
{
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Who gives it: a team of the organisation for an internal course, a school or vendor for an external one.</summary>
    public required string Provider { get; set; }
    public bool IsInternal { get; set; }
    public CourseFormat Format { get; set; }
    public decimal Hours { get; set; }
    /// <summary>Per participant, in <see cref="Currency"/>; zero for most internal courses.</summary>
    public decimal Cost { get; set; }
    public string Currency { get; set; } = DefaultCurrency;
    /// <summary>What a participant should know or have taken before, in HR's words.</summary>
    public string? Prerequisites { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ArchivedAtUtc { get; set; }
    public List<CourseSkill> Skills { get; set; } = [];
    public List<MandatoryRule> MandatoryRules { get; set; } = [];
    public List<CourseSession> Sessions { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The portal has no currency setting; requisitions and offers default to euros too.</summary>
    public const string DefaultCurrency = "EUR";
    public const int MaxSkills = 12;

    /// <summary>Makes the skills match the names given (case aside), keeping the rows of those that stay.</summary>
    public void ReplaceSkills(IEnumerable<string> names)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Skills.RemoveAll(s => !wanted.Contains(s.Name, StringComparer.OrdinalIgnoreCase));
        Skills.AddRange(wanted.Where(w => !Skills.Any(s => string.Equals(s.Name, w, StringComparison.OrdinalIgnoreCase)))
            .Select(w => new CourseSkill { Name = w }));
    }
}

/// <summary>
/// A skill a course teaches, named as people name their skills on their profiles (EmployeeTags of kind Skill), so a
/// course can later be matched to the skills a person lacks.
/// </summary>
public class CourseSkill : IVersionedPart
{
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(Course), CourseId);

    public int Id { get; set; }
    public int CourseId { get; set; }
    public required string Name { get; set; }
}

/// <summary>
/// A course people in a position must take: within so many days of being hired, and again every so many months when
/// it must be renewed (a yearly code of conduct). No position means every position.
/// </summary>
public class MandatoryRule : IVersionedPart
{
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(Course), CourseId);

    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course Course { get; set; } = null!;
    public int? PositionId { get; set; }
    public Organisation.Position? Position { get; set; }
    public int WithinDaysOfHire { get; set; }
    public int? RenewEveryMonths { get; set; }
    /// <summary>The day the rule began: people hired before it owe the course within the same days of this day, not of their hire.</summary>
    public DateOnly StartsOn { get; set; }
}

/// <summary>
/// One date of a course: when (kept in UTC, with the time zone it was planned in, so it reads as the trainer meant it),
/// where (a place or a link), who trains (a colleague or an outside trainer by name) and how many seats it has.
/// A cancelled session stays, so the people enrolled on it can later be told.
/// </summary>
public class CourseSession : Entity, IVersioned
{
    public int CourseId { get; set; }
    public Course Course { get; set; } = null!;
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public required string TimeZoneId { get; set; }
    public string? Place { get; set; }
    public string? Link { get; set; }
    public int? TrainerEmployeeId { get; set; }
    public Organisation.Employee? TrainerEmployee { get; set; }
    public string? TrainerName { get; set; }
    public int Capacity { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    /// <summary>
    /// Changes whenever the seated set changes (a seat taken or freed): a concurrency token, so two people taking the last
    /// seat at once cannot both save; the loser reads the seats again. Apart from <see cref="Version"/>, which a form checks.
    /// </summary>
    public Guid SeatsVersion { get; set; } = Guid.NewGuid();

    /// <summary>Sets the seats; more seats on a saved session let the waiting list move up.</summary>
    public void ChangeCapacity(int capacity)
    {
        var raised = Id != 0 && capacity > Capacity;
        Capacity = capacity;
        if (raised) Raise(new SessionSeatsAdded(this));
    }

    /// <summary>Calls the session off once; the places on it are withdrawn and their people told.</summary>
    public void Cancel(DateTime nowUtc)
    {
        if (CancelledAtUtc is not null) return;
        CancelledAtUtc = nowUtc;
        Raise(new SessionCancelled(this));
    }

    public void TouchSeats() => SeatsVersion = Guid.NewGuid();
}

/// <summary>A session was given more seats.</summary>
public record SessionSeatsAdded(CourseSession Session) : MediatR.INotification;

/// <summary>A session was called off.</summary>
public record SessionCancelled(CourseSession Session) : MediatR.INotification;

/// <summary>
/// Who gets a seat: the free seats go to the waiting list in its order, never more than are free. Pure, so the rule is
/// tested on its own and every path that frees a seat (a withdrawal, a removal, more seats) applies the same one.
/// </summary>
public static class WaitingList
{
    public static int FreeSeats(int capacity, int seated) => Math.Max(0, capacity - seated);

    /// <summary>The first of the waiting list (ordered by when they joined it) for whom a seat is free.</summary>
    public static IReadOnlyList<T> ToSeat<T>(int capacity, int seated, IEnumerable<T> waitingInOrder) =>
        waitingInOrder.Take(FreeSeats(capacity, seated)).ToList();
}
