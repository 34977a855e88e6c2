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

public class OpeningStage
{
    public int Id { get; set; }
    public int OpeningId { get; set; }
    public required string Name { get; set; }
    public StageKind Kind { get; set; }
    /// <summary>The place on the board, left to right.</summary>
    public int Order { get; set; }
    /// <summary>What the candidate is told when their application enters this stage, in HR's words; none means no message.</summary>
    public string? CandidateMessage { get; set; }
}

/// <summary>An employee who interviews for an opening: they see its candidates and fill in scorecards.</summary>
public class OpeningInterviewer
{
    public int OpeningId { get; set; }
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
}
