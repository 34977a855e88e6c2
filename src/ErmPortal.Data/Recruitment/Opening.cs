using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Recruitment;

public enum OpeningStatus { Draft, Published, Closed }

/// <summary>Who may apply: anyone through the careers page as well as employees, or employees only.</summary>
public enum OpeningAudience { Everyone, InternalOnly }

/// <summary>
/// A job to hire for, made from an approved requisition: what the careers page shows, who hires (the hiring manager)
/// and who interviews, and the stages its candidates go through. HR drafts it, publishes it, can take it off the
/// careers page again, and closes it when the places are filled or the search stops.
/// </summary>
public class Opening : Entity, IVersioned
{
    public int RequisitionId { get; set; }
    public Requisition Requisition { get; set; } = null!;
    public required string Title { get; set; }
    /// <summary>Formatted text, sanitised when saved: only harmless tags and no attributes that run anything.</summary>
    public string DescriptionHtml { get; set; } = "";
    /// <summary>Skills a candidate should have, comma separated; a missing one lowers the score and says so.</summary>
    public string? RequiredSkills { get; set; }
    public int PositionId { get; set; }
    public Position Position { get; set; } = null!;
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int LocationId { get; set; }
    public Location Location { get; set; } = null!;
    public EmploymentType EmploymentType { get; set; }
    public int HiringManagerId { get; set; }
    public Employee HiringManager { get; set; } = null!;
    public OpeningAudience Audience { get; set; }
    public OpeningStatus Status { get; private set; } = OpeningStatus.Draft;
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>When it was last put on the careers page; kept when it is taken off, for "posted on".</summary>
    public DateTime? PublishedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public List<OpeningStage> Stages { get; set; } = [];
    public List<OpeningInterviewer> Interviewers { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The stages every new opening starts with, in order, with what the candidate is told on entering each.</summary>
    public static List<OpeningStage> DefaultStages() =>
    [
        new() { Name = "Applied", Kind = StageKind.Applied, Order = 1,
            CandidateMessage = "Thank you for applying. We have received your application and will review it carefully." },
        new() { Name = "Screening", Kind = StageKind.Screening, Order = 2,
            CandidateMessage = "Your application is being reviewed by the hiring team." },
        new() { Name = "Interview", Kind = StageKind.Interview, Order = 3,
            CandidateMessage = "We would like to meet you. We will be in touch to arrange an interview." },
        new() { Name = "Offer", Kind = StageKind.Offer, Order = 4,
            CandidateMessage = "Good news: we are preparing an offer for you." },
        new() { Name = "Hired", Kind = StageKind.Hired, Order = 5,
            CandidateMessage = "Welcome aboard! We look forward to working with you." },
        new() { Name = "Rejected", Kind = StageKind.Rejected, Order = 6,
            CandidateMessage = "Thank you for your interest. After careful consideration we will not take your application further this time." },
        new() { Name = "Withdrawn", Kind = StageKind.Withdrawn, Order = 7,
            CandidateMessage = "Your application has been withdrawn as you asked. You are welcome to apply again at any time." },
    ];

    public static Opening FromRequisition(Requisition requisition, string title, int hiringManagerId, DateTime nowUtc)
    {
        if (requisition.Status != RequisitionStatus.Approved)
            throw new DomainRuleException("", "Only an approved requisition can become an opening.");
        return new Opening
        {
            Requisition = requisition, RequisitionId = requisition.Id, Title = title,
            PositionId = requisition.PositionId, DepartmentId = requisition.DepartmentId, LocationId = requisition.LocationId,
            HiringManagerId = hiringManagerId, CreatedAtUtc = nowUtc, Stages = DefaultStages(),
        };
    }

    public void Publish(DateTime nowUtc)
    {
        if (Status == OpeningStatus.Closed) throw new DomainRuleException("", "This opening is closed; it cannot be published again.");
        if (Status == OpeningStatus.Published) return;
        Status = OpeningStatus.Published;
        PublishedAtUtc = nowUtc;
        Raise(new OpeningPublished(this));
    }

    /// <summary>Takes it off the careers page; its candidates stay where they are.</summary>
    public void Unpublish()
    {
        if (Status == OpeningStatus.Closed) throw new DomainRuleException("", "This opening is closed.");
        Status = OpeningStatus.Draft;
    }

    public void Close(DateTime nowUtc)
    {
        if (Status == OpeningStatus.Closed) return;
        Status = OpeningStatus.Closed;
        ClosedAtUtc = nowUtc;
        Raise(new OpeningClosed(this));
    }

    public bool AcceptsApplications => Status == OpeningStatus.Published;

    public const int MaxStageNameLength = 60;
    public const int MaxCandidateMessageLength = 2000;

    /// <summary>
    /// Names the people who interview for it; those not named before are told (<see cref="OpeningInterviewersAdded"/>),
    /// those named again are left as they are, those left out stop seeing its candidates.
    /// </summary>
    public void SetInterviewers(IEnumerable<int> employeeIds)
    {
        var wanted = employeeIds.Distinct().ToList();
        Interviewers.RemoveAll(i => !wanted.Contains(i.EmployeeId));
        var added = wanted.Where(id => Interviewers.All(i => i.EmployeeId != id)).ToList();
        Interviewers.AddRange(added.Select(id => new OpeningInterviewer { EmployeeId = id }));
        if (added.Count > 0) Raise(new OpeningInterviewersAdded(this, added));
    }

    /// <summary>A screening, interview or offer stage, after the other stages candidates move through and before the final ones.</summary>
    public OpeningStage AddStage(string name, StageKind kind)
    {
        if (kind is not (StageKind.Screening or StageKind.Interview or StageKind.Offer))
            throw new DomainRuleException(nameof(OpeningStage.Kind), "A new stage is a screening, an interview or an offer; every opening already has the others.");
        var stage = new OpeningStage { Name = CheckedName(name, null), Kind = kind };
        var ordered = OrderedStages();
        ordered.Insert(ordered.FindIndex(s => s.Kind.IsFinal()) is var final and >= 0 ? final : ordered.Count, stage);
        Stages.Add(stage);
        Renumber(ordered);
        return stage;
    }

    /// <summary>Renames a stage and sets what the candidate is told on entering it; the kind, and so its meaning, stays.</summary>
    public void ChangeStage(OpeningStage stage, string name, string? candidateMessage)
    {
        CheckOwn(stage);
        var message = string.IsNullOrWhiteSpace(candidateMessage) ? null : candidateMessage.Trim();
        // No candidate is left without an answer: turning someone down, or confirming they withdrew, always says something.
        if (message is null && stage.Kind is StageKind.Rejected or StageKind.Withdrawn)
            throw new DomainRuleException(nameof(OpeningStage.CandidateMessage), "Candidates who are turned down or withdraw are always told something: write the message for this stage.");
        if (message?.Length > MaxCandidateMessageLength)
            throw new DomainRuleException(nameof(OpeningStage.CandidateMessage), "The message can be at most {0} characters long.", MaxCandidateMessageLength);
        stage.Name = CheckedName(name, stage);
        stage.CandidateMessage = message;
    }

    /// <summary>Moves a stage one place earlier or later among the stages HR added; Applied stays first and the final stages last.</summary>
    public void MoveStage(OpeningStage stage, bool earlier)
    {
        CheckOwn(stage);
        var ordered = OrderedStages();
        var index = ordered.IndexOf(stage);
        var neighbour = earlier ? index - 1 : index + 1;
        if (!IsMovable(stage.Kind) || neighbour < 0 || neighbour >= ordered.Count || !IsMovable(ordered[neighbour].Kind))
            throw new DomainRuleException("", "Applied stays first, and Hired, Rejected and Withdrawn stay last.");
        (ordered[index], ordered[neighbour]) = (ordered[neighbour], ordered[index]);
        Renumber(ordered);
    }

    /// <summary>
    /// Removes a stage no application has ever been in: an application's history names the stages it went through, and
    /// the funnel counts them.
    /// </summary>
    public void RemoveStage(OpeningStage stage, bool everUsed)
    {
        CheckOwn(stage);
        if (!IsMovable(stage.Kind))
            throw new DomainRuleException("", "Applied, Hired, Rejected and Withdrawn belong to every opening and cannot be removed.");
        if (everUsed)
            throw new DomainRuleException("", "Candidates are in this stage or have been through it, so it cannot be removed. Rename it instead.");
        Stages.Remove(stage);
        Renumber(OrderedStages());
    }

    private static bool IsMovable(StageKind kind) => kind is not StageKind.Applied && !kind.IsFinal();

    private List<OpeningStage> OrderedStages() => Stages.OrderBy(s => s.Order).ThenBy(s => s.Id).ToList();

    private static void Renumber(List<OpeningStage> ordered)
    {
        for (var i = 0; i < ordered.Count; i++) ordered[i].Order = i + 1;
    }

    private void CheckOwn(OpeningStage stage)
    {
        if (!Stages.Contains(stage)) throw new DomainRuleException("", "That stage belongs to another opening.");
    }

    /// <summary>A stage's name as the board and the candidate read it: given, short, and not another stage's.</summary>
    private string CheckedName(string? name, OpeningStage? stage)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainRuleException(nameof(OpeningStage.Name), "Give the stage a name.");
        if (trimmed.Length > MaxStageNameLength)
            throw new DomainRuleException(nameof(OpeningStage.Name), "A stage name can be at most {0} characters long.", MaxStageNameLength);
        if (Stages.Any(s => s != stage && string.Equals(s.Name, trimmed, StringComparison.CurrentCultureIgnoreCase)))
            throw new DomainRuleException(nameof(OpeningStage.Name), "Another stage is already called {0}.", trimmed);
        return trimmed;
    }
}

/// <summary>
/// What a stage means, whatever HR calls it: the funnel and the rules read the kind, people read the name. An opening
/// has exactly one stage of each end kind (Applied first; Hired, Rejected, Withdrawn) and any number of the others.
/// </summary>
public enum StageKind { Applied, Screening, Interview, Offer, Hired, Rejected, Withdrawn }

public static class StageKinds
{
    /// <summary>An application in a stage of these kinds is over; only a rejection can be reconsidered.</summary>
    public static bool IsFinal(this StageKind kind) => kind is StageKind.Hired or StageKind.Rejected or StageKind.Withdrawn;
}

public class OpeningStage : IVersionedPart
{
    public int Id { get; set; }
    public int OpeningId { get; set; }
    public required string Name { get; set; }
    public StageKind Kind { get; set; }
    /// <summary>The place on the board, left to right.</summary>
    public int Order { get; set; }
    /// <summary>What the candidate is told when their application enters this stage, in HR's words; none means no message.</summary>
    public string? CandidateMessage { get; set; }

    /// <summary>Changing the stages changes the opening: a form opened on it before is stale.</summary>
    public (Type Type, object Key) Aggregate => (typeof(Opening), OpeningId);
}

/// <summary>An employee who interviews for an opening: they see its candidates and fill in scorecards.</summary>
public class OpeningInterviewer : IVersionedPart
{
    public int OpeningId { get; set; }
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;

    public (Type Type, object Key) Aggregate => (typeof(Opening), OpeningId);
}
