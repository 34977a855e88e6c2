using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Recruitment;

/// <summary>Where a candidate heard of the opening: compared in the analytics and part of the score.</summary>
public enum CandidateSource { CareersPage, Referral, LinkedIn, JobBoard, Agency, Event, Internal, Other }

/// <summary>
/// A candidate's application to one opening and where it stands: the stage it is in since when, every stage it went
/// through (for time in stage), and how it ended. One per candidate and opening.
/// </summary>
public class JobApplication : Entity, IVersioned
{
    public int OpeningId { get; set; }
    public Opening Opening { get; set; } = null!;
    public int CandidateId { get; set; }
    public Candidate Candidate { get; set; } = null!;
    public int StageId { get; private set; }
    public OpeningStage Stage { get; private set; } = null!;
    public DateTime StageEnteredAtUtc { get; private set; }
    public DateTime AppliedAtUtc { get; private set; }
    public CandidateSource Source { get; set; }
    /// <summary>The employee applied from inside (internal mobility): a hire is then a transfer.</summary>
    public bool IsInternal { get; set; }
    public string? CoverLetter { get; set; }
    /// <summary>The file store's key of the CV; the uploaded file name never reaches the file system.</summary>
    public string? CvFileKey { get; set; }
    /// <summary>The name the candidate's file had, shown to recruiters and used when it is downloaded.</summary>
    public string? CvFileName { get; set; }
    public string? CvContentType { get; set; }
    /// <summary>Why it ended: HR's reason for a rejection, or the candidate's for a withdrawal.</summary>
    public string? OutcomeReason { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }
    /// <summary>When the internal applicant's manager was told (at the stage the organisation chose); none means not yet.</summary>
    public DateTime? ManagerToldAtUtc { get; set; }
    public List<StageVisit> StageVisits { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsActive => !Stage.Kind.IsFinal();

    /// <summary>A new application, in the opening's first stage.</summary>
    public static JobApplication Receive(Opening opening, OpeningStage firstStage, Candidate candidate, CandidateSource source, DateTime nowUtc)
    {
        if (!opening.AcceptsApplications) throw new DomainRuleException("", "This opening is no longer taking applications.");
        if (firstStage.Kind != StageKind.Applied) throw new ArgumentException("Applications start in the Applied stage.", nameof(firstStage));
        var application = new JobApplication
        {
            Opening = opening, OpeningId = opening.Id, Candidate = candidate, Stage = firstStage, StageId = firstStage.Id,
            Source = source, AppliedAtUtc = nowUtc, StageEnteredAtUtc = nowUtc,
            StageVisits = [new StageVisit { Stage = firstStage, StageId = firstStage.Id, EnteredAtUtc = nowUtc }],
        };
        application.Raise(new ApplicationReceived(application));
        return application;
    }

    /// <summary>
    /// The hiring team moves the application to another stage of its opening. Hired is reached only by the hire
    /// itself and Withdrawn only by the candidate; a rejection needs the reason the candidate's message is built on,
    /// and a rejected application can be reconsidered.
    /// </summary>
    public void MoveTo(OpeningStage target, string? reason, DateTime nowUtc)
    {
        if (target.OpeningId != OpeningId) throw new DomainRuleException("", "That stage belongs to another opening.");
        if (target.Id == StageId) throw new DomainRuleException("", "The application is already in this stage.");
        if (Stage.Kind is StageKind.Hired or StageKind.Withdrawn)
            throw new DomainRuleException("", "This application has ended; it cannot be moved.");
        if (target.Kind == StageKind.Hired) throw new DomainRuleException("", "Use Hire to hire a candidate; it creates their employee record.");
        if (target.Kind == StageKind.Withdrawn) throw new DomainRuleException("", "Only the candidate can withdraw their application.");
        if (target.Kind == StageKind.Rejected && string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Reason", "Say why the application is rejected.");
        Enter(target, target.Kind == StageKind.Rejected ? reason!.Trim() : null, nowUtc);
    }

    /// <summary>The candidate takes back an application that is still open.</summary>
    public void Withdraw(OpeningStage withdrawnStage, string? reason, DateTime nowUtc)
    {
        if (withdrawnStage.Kind != StageKind.Withdrawn) throw new ArgumentException("Not the Withdrawn stage.", nameof(withdrawnStage));
        if (!IsActive) throw new DomainRuleException("", "This application has already ended.");
        Enter(withdrawnStage, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), nowUtc);
    }

    /// <summary>The hire reached this application: it ends as hired. Reached once; the hire command checks first.</summary>
    public void MarkHired(OpeningStage hiredStage, DateTime nowUtc)
    {
        if (hiredStage.Kind != StageKind.Hired) throw new ArgumentException("Not the Hired stage.", nameof(hiredStage));
        if (!IsActive) throw new DomainRuleException("", "This application has already ended.");
        Enter(hiredStage, null, nowUtc);
    }

    private void Enter(OpeningStage target, string? outcomeReason, DateTime nowUtc)
    {
        var from = Stage;
        foreach (var visit in StageVisits.Where(v => v.LeftAtUtc is null)) visit.LeftAtUtc = nowUtc;
        StageVisits.Add(new StageVisit { ApplicationId = Id, Stage = target, StageId = target.Id, EnteredAtUtc = nowUtc });
        Stage = target;
        StageId = target.Id;
        StageEnteredAtUtc = nowUtc;
        OutcomeReason = outcomeReason;
        EndedAtUtc = target.Kind.IsFinal() ? nowUtc : null;
        Raise(new ApplicationMoved(this, from, target));
    }

    internal void ForgetPersonalData()
    {
        CoverLetter = null;
        CvFileKey = null;
        CvFileName = null;
        CvContentType = null;
        OutcomeReason = null;
    }
}

/// <summary>A stretch of time an application spent in one stage; the open one has no end yet.</summary>
public class StageVisit
{
    public long Id { get; set; }
    public int ApplicationId { get; set; }
    public int StageId { get; set; }
    public OpeningStage Stage { get; set; } = null!;
    public DateTime EnteredAtUtc { get; set; }
    public DateTime? LeftAtUtc { get; set; }
}
