using ErmPortal.Data.Organisation;
using MediatR;

namespace ErmPortal.Data.Recruitment;

/// <summary>A manager sent a requisition to HR.</summary>
public record RequisitionSubmitted(Requisition Requisition) : INotification;

/// <summary>HR approved or rejected a requisition, or the manager withdrew it.</summary>
public record RequisitionDecided(Requisition Requisition) : INotification;

/// <summary>An opening went on the careers page (and the internal list): the talent pool can be told.</summary>
public record OpeningPublished(Opening Opening) : INotification;

/// <summary>HR closed an opening: no more applications.</summary>
public record OpeningClosed(Opening Opening) : INotification;

/// <summary>HR named employees as interviewers of an opening (when it was made, or later): they are told.</summary>
public record OpeningInterviewersAdded(Opening Opening, IReadOnlyList<int> EmployeeIds) : INotification;

/// <summary>A candidate applied to an opening (from the careers page, from inside, or entered by a recruiter).</summary>
public record ApplicationReceived(JobApplication Application) : INotification;

/// <summary>An application entered another stage: moved by the hiring team, withdrawn by the candidate, or hired.</summary>
public record ApplicationMoved(JobApplication Application, OpeningStage From, OpeningStage To) : INotification;

/// <summary>
/// A candidate's personal data was removed (retention over, or erased on request). Whatever else holds it (timeline
/// entries, notes, the CV files named here) is removed in the same transaction or, for files, after its commit.
/// </summary>
public record CandidateAnonymised(Candidate Candidate, IReadOnlyList<string> CvFileKeys) : INotification;

/// <summary>An offer was drafted or changed status (approval asked or decided, sent, answered, withdrawn).</summary>
public record OfferChanged(Offer Offer) : INotification;

/// <summary>
/// An accepted offer became a hire: the candidate is now <paramref name="Employee"/> (new, in onboarding, or an existing
/// employee transferred). Onboarding starts from here.
/// </summary>
public record CandidateHired(Offer Offer, Candidate Candidate, Employee Employee, bool Transfer) : INotification;
