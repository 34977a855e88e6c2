using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Reviews;

/// <summary>
/// A 1:1 meeting between a manager and one of their direct reports: an agenda either adds to, notes both write, and the
/// action items agreed. Only the two of them ever read it; each may keep a private note nobody else reads, not even the other.
/// </summary>
public class OneOnOne : Entity, IVersioned
{
    public int ManagerId { get; set; }
    public Employee Manager { get; set; } = null!;
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public DateTime ScheduledAtUtc { get; set; }
    /// <summary>The notes both write; the version guards them against one overwriting the other.</summary>
    public string? SharedNotes { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<OneOnOneAgendaItem> AgendaItems { get; set; } = [];
    public List<OneOnOneActionItem> ActionItems { get; set; } = [];

    public bool IsBetween(int employeeId) => ManagerId == employeeId || EmployeeId == employeeId;

    /// <summary>The other person of the meeting, seen from one of the two.</summary>
    public int OtherThan(int employeeId) => employeeId == ManagerId ? EmployeeId : ManagerId;
}

public class OneOnOneAgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string Text { get; set; }
    public int? AddedById { get; set; }
    public Employee? AddedBy { get; set; }
    public DateTime AddedAtUtc { get; set; }
}

/// <summary>
/// Something one of the two agreed to do, by a day. It belongs to the meeting it was agreed in; while open, every later
/// meeting of the same two people shows it again, until its owner marks it done.
/// </summary>
public class OneOnOneActionItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public OneOnOne Meeting { get; set; } = null!;
    public required string Text { get; set; }
    public int OwnerId { get; set; }
    public Employee Owner { get; set; } = null!;
    public DateOnly DueOn { get; set; }
    public DateTime? DoneAtUtc { get; set; }
}

/// <summary>
/// What one of the two keeps for themselves about a meeting. Read only by its writer: not by the other person, not by HR,
/// not through the audit log (it is not audited) and never in a notification.
/// </summary>
public class OneOnOnePrivateNote
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int AuthorId { get; set; }
    public required string Text { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
