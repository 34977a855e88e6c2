using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Cases;

/// <summary>What an HR case is about.</summary>
public enum CaseKind { Grievance, Disciplinary, Investigation, HealthAndAccommodation, PerformanceImprovement, Other }

public enum CaseStatus { Open, Closed }

/// <summary>
/// A matter HR handles about one employee (a grievance, an investigation, an accommodation): confidential to HR. Its
/// summary, notes and outcome are never shown to anyone else: not the person, not their managers (who only learn that
/// something is open, so they talk to HR before acting), not Admin; and nothing of it goes to the timeline, to
/// notifications or to the audit log, whose rows Admin and the person (when they work in HR) can read.
/// </summary>
public class HrCase : Entity, IVersioned
{
    public const int TextLength = 4000;

    public Guid Version { get; set; } = Guid.NewGuid();
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public CaseKind Kind { get; set; }
    public required string Summary { get; set; }
    public DateOnly OpenedOn { get; set; }
    /// <summary>The HR person who handles it.</summary>
    public int OwnerId { get; set; }
    public Employee Owner { get; set; } = null!;
    public CaseStatus Status { get; private set; } = CaseStatus.Open;
    public DateOnly? ClosedOn { get; private set; }
    public string? Outcome { get; private set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<CaseNote> Notes { get; set; } = [];

    /// <summary>A case closes once, with what came of it, on a day from its opening up to today.</summary>
    public void Close(DateOnly on, string outcome, DateOnly today)
    {
        if (Status == CaseStatus.Closed) throw new DomainRuleException(nameof(ClosedOn), "This case is already closed.");
        if (on < OpenedOn) throw new DomainRuleException(nameof(ClosedOn), "A case cannot close before it opened ({0:d}).", OpenedOn);
        if (on > today) throw new DomainRuleException(nameof(ClosedOn), "A case cannot close in the future.");
        (Status, ClosedOn, Outcome) = (CaseStatus.Closed, on, outcome.Trim());
    }

    /// <summary>Notes are kept while the case is open; a closed case is a record, read but not added to.</summary>
    public CaseNote AddNote(string text, string authorName, DateTime atUtc)
    {
        if (Status == CaseStatus.Closed) throw new DomainRuleException(nameof(CaseNote.Text), "This case is closed: notes can no longer be added.");
        var note = new CaseNote { Case = this, Text = text.Trim(), AuthorName = authorName, WrittenAtUtc = atUtc };
        Notes.Add(note);
        return note;
    }
}

/// <summary>What HR wrote on a case, by whom and when. Adding one changes the case: a close form opened before it is stale.</summary>
public class CaseNote : Entity, IVersionedPart
{
    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(HrCase), CaseId);

    public int CaseId { get; set; }
    public HrCase Case { get; set; } = null!;
    /// <summary>The author's name as it was when they wrote, as the audit log keeps actors.</summary>
    public required string AuthorName { get; set; }
    public DateTime WrittenAtUtc { get; set; }
    public required string Text { get; set; }
}
