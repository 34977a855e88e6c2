using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Onboarding;

public enum EmployeeDocumentType { Contract, IdentityDocument, WorkPermit, SignedPolicy, Certificate, Other }

/// <summary>Who may open a document besides HR.</summary>
public enum DocumentVisibility
{
    /// <summary>The person and HR: the default, so everyone can download what concerns them.</summary>
    PersonAndHr,
    /// <summary>HR only, e.g. a background check.</summary>
    HrOnly,
}

/// <summary>
/// A file HR keeps about a person (a contract, an identity document, a work permit, a signed policy), or one the person
/// uploaded when a plan asked for it. The file lives in the file store under a generated key; its expiry, when it has
/// one, drives the expiring-soon reminders.
/// </summary>
public class EmployeeDocument : Entity
{
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public EmployeeDocumentType Type { get; set; }
    public required string Title { get; set; }
    public required string FileKey { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DocumentVisibility Visibility { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string UploadedByUserId { get; set; } = "";
    /// <summary>The plan task that asked for it, when it was uploaded for one.</summary>
    public int? PlanTaskId { get; set; }

    public bool VisibleToPerson => Visibility == DocumentVisibility.PersonAndHr;
}
