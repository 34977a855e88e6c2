using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Onboarding;

public enum PlanStatus { Running, Completed, Cancelled }

/// <summary>
/// One person's journey in or out: the template's tasks made concrete, with due days and named people, around an anchor
/// day (the first day when joining, the last day when leaving). HR may add, reassign or remove tasks while it runs; the
/// plan completes itself when its last task is done.
/// </summary>
public class JourneyPlan : Entity, IVersioned
{
    public int EmployeeId { get; private set; }
    public Employee Employee { get; private set; } = null!;
    public JourneyKind Kind { get; private set; }
    public int? TemplateVersionId { get; private set; }
    public TemplateVersion? TemplateVersion { get; private set; }
    public DateOnly AnchorDate { get; private set; }
    /// <summary>The person's time zone (IANA): their "today" decides what is overdue, wherever the server is.</summary>
    public string TimeZoneId { get; private set; } = "UTC";
    public int? BuddyId { get; private set; }
    public Employee? Buddy { get; private set; }
    public PlanStatus Status { get; private set; } = PlanStatus.Running;
    public DateTime StartedAtUtc { get; private set; }
    public string StartedByUserId { get; private set; } = "";
    public DateTime? EndedAtUtc { get; private set; }
    public List<PlanTask> Tasks { get; private set; } = [];
    public List<CheckIn> CheckIns { get; private set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Who does what for this person; any owner left unnamed (no buddy yet, no IT contact) is HR's to assign.</summary>
    public record Assignees(int? Hr, int? Manager, int? It, int? Buddy, int Employee)
    {
        public int? For(TaskOwner owner) => owner switch
        {
            TaskOwner.Hr => Hr,
            TaskOwner.Manager => Manager,
            TaskOwner.It => It,
            TaskOwner.Buddy => Buddy,
            _ => Employee,
        };
    }

    /// <summary>The days after the first day on which the new hire and their manager are asked how it is going.</summary>
    public static readonly int[] CheckInDays = [30, 60, 90];

    public static JourneyPlan Start(Employee employee, JourneyKind kind, TemplateVersion? template, DateOnly anchor, string timeZoneId,
        Assignees assignees, string byUserId, DateTime nowUtc)
    {
        var plan = new JourneyPlan
        {
            EmployeeId = employee.Id, Employee = employee, Kind = kind, TemplateVersionId = template?.Id, TemplateVersion = template,
            AnchorDate = anchor, TimeZoneId = timeZoneId, BuddyId = assignees.Buddy, StartedAtUtc = nowUtc, StartedByUserId = byUserId,
        };
        foreach (var task in (template?.Tasks ?? []).OrderBy(t => t.Order))
            plan.Tasks.Add(PlanTask.From(task, anchor, assignees.For(task.Owner)));
        if (kind == JourneyKind.Onboarding)
            foreach (var days in CheckInDays)
            {
                var due = DueDates.Resolve(anchor, days, OffsetUnit.Days);
                plan.CheckIns.Add(new CheckIn { DayMark = days, Respondent = CheckInRespondent.Employee, RespondentId = employee.Id, DueDate = due });
                if (assignees.Manager is { } manager)
                    plan.CheckIns.Add(new CheckIn { DayMark = days, Respondent = CheckInRespondent.Manager, RespondentId = manager, DueDate = due });
            }
        plan.Raise(new PlanStarted(plan));
        return plan;
    }

    public int DoneCount => Tasks.Count(t => t.IsDone);

    /// <summary>Whole percent of tasks done; a plan without tasks is done.</summary>
    public int Percent => Tasks.Count == 0 ? 100 : DoneCount * 100 / Tasks.Count;

    /// <summary>The person's own calendar day now.</summary>
    public DateOnly TodayFor(DateTime utcNow) => LocalToday(TimeZoneId, utcNow);

    public static DateOnly LocalToday(string timeZoneId, DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone) : utcNow);

    private void RequireRunning()
    {
        if (Status != PlanStatus.Running) throw new DomainRuleException("", "This plan has ended; it can no longer change.");
    }

    public PlanTask AddTask(TemplateTask task, int? assigneeId)
    {
        RequireRunning();
        var added = PlanTask.From(task, AnchorDate, assigneeId);
        added.Order = Tasks.Count == 0 ? 0 : Tasks.Max(t => t.Order) + 1;
        Tasks.Add(added);
        return added;
    }

    /// <summary>Removing the last open task completes the plan.</summary>
    public void RemoveTask(PlanTask task, DateTime nowUtc)
    {
        RequireRunning();
        if (task.IsDone) throw new DomainRuleException("", "A task already done stays on the plan as a record of it.");
        Tasks.Remove(task);
        CompleteIfDone(nowUtc);
    }

    public void Reassign(PlanTask task, int assigneeId)
    {
        RequireRunning();
        task.AssigneeId = assigneeId;
    }

    /// <summary>The buddy takes over every buddy task not done yet.</summary>
    public void AssignBuddy(int buddyId)
    {
        RequireRunning();
        if (buddyId == EmployeeId) throw new DomainRuleException(nameof(BuddyId), "A person cannot be their own buddy.");
        BuddyId = buddyId;
        foreach (var task in Tasks.Where(t => t.Owner == TaskOwner.Buddy && !t.IsDone)) task.AssigneeId = buddyId;
    }

    /// <summary>The first (or last) day moved: every task and check-in not done yet is re-dated from its offset.</summary>
    public void MoveAnchor(DateOnly anchor)
    {
        RequireRunning();
        AnchorDate = anchor;
        foreach (var task in Tasks.Where(t => !t.IsDone)) task.DueDate = DueDates.Resolve(anchor, task.DueOffset, task.DueUnit);
        foreach (var checkIn in CheckIns.Where(c => c.SubmittedAtUtc is null)) checkIn.DueDate = DueDates.Resolve(anchor, checkIn.DayMark, OffsetUnit.Days);
    }

    public void Complete(PlanTask task, string byUserId, DateTime nowUtc, string? formAnswers = null)
    {
        RequireRunning();
        if (task.IsDone) throw new DomainRuleException("", "This task is already done.");
        task.CompletedAtUtc = nowUtc;
        task.CompletedByUserId = byUserId;
        task.FormAnswers = formAnswers;
        if (task.DocumentKey is not null) task.AcknowledgedAtUtc = nowUtc;
        Raise(new PlanTaskCompleted(this, task));
        CompleteIfDone(nowUtc);
    }

    public void Cancel(DateTime nowUtc)
    {
        RequireRunning();
        Status = PlanStatus.Cancelled;
        EndedAtUtc = nowUtc;
    }

    private void CompleteIfDone(DateTime nowUtc)
    {
        if (Tasks.Count == 0 || Tasks.Any(t => !t.IsDone)) return;
        Status = PlanStatus.Completed;
        EndedAtUtc = nowUtc;
        Raise(new PlanCompleted(this));
    }
}

/// <summary>A task of one plan, copied from its template task (so later template edits leave it be), with its day and its person.</summary>
public class PlanTask : IVersionedPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public JourneyPlan Plan { get; set; } = null!;
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Instructions { get; set; }
    public TaskOwner Owner { get; set; }
    /// <summary>Kept so the task can be re-dated when the anchor day moves.</summary>
    public int DueOffset { get; set; }
    public OffsetUnit DueUnit { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>The employee who does it; none when nobody fills the owner's role yet (HR assigns one).</summary>
    public int? AssigneeId { get; set; }
    public Employee? Assignee { get; set; }
    public string? DocumentKey { get; set; }
    public string? DocumentName { get; set; }
    public string? FormQuestions { get; set; }
    public EmployeeDocumentType? RequestedDocument { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string? CompletedByUserId { get; set; }
    /// <summary>When the document was read and acknowledged: the record of who acknowledged what and when.</summary>
    public DateTime? AcknowledgedAtUtc { get; set; }
    /// <summary>The answers to <see cref="FormQuestions"/>, one line each, in order.</summary>
    public string? FormAnswers { get; set; }

    public bool IsDone => CompletedAtUtc is not null;

    public bool IsOverdue(DateOnly today) => !IsDone && DueDate < today;

    public IReadOnlyList<string> Questions => (FormQuestions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    (Type Type, object Key) IVersionedPart.Aggregate => (typeof(JourneyPlan), PlanId);

    public static PlanTask From(TemplateTask task, DateOnly anchor, int? assigneeId) => new()
    {
        Order = task.Order, Title = task.Title, Instructions = task.Instructions, Owner = task.Owner, DueOffset = task.DueOffset,
        DueUnit = task.DueUnit, DueDate = DueDates.Resolve(anchor, task.DueOffset, task.DueUnit), AssigneeId = assigneeId,
        DocumentKey = task.DocumentKey, DocumentName = task.DocumentName, FormQuestions = task.FormQuestions, RequestedDocument = task.RequestedDocument,
    };
}
