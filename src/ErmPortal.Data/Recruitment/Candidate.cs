using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Recruitment;

/// <summary>
/// A person who applied, once, however many times they apply: recognised by their email, so every application,
/// note and interview is on one record. An employee who applies internally, or a candidate once hired, is linked to
/// their employee record.
/// </summary>
public class Candidate : Entity, IVersioned
{
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    /// <summary>As typed; <see cref="NormalizedEmail"/> is what recognises the same person applying again.</summary>
    public required string Email { get; set; }
    public string NormalizedEmail { get; private set; } = "";
    public string? Phone { get; set; }
    /// <summary>What the candidate says they can do, comma separated.</summary>
    public string? Skills { get; set; }
    public int? EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>When the candidate agreed that we keep their data for future openings; none means not agreed.</summary>
    public DateTime? TalentPoolConsentAtUtc { get; set; }
    /// <summary>The candidate asked to be emailed about new matching openings (and can unsubscribe in one click).</summary>
    public bool KeepInformed { get; set; }
    /// <summary>The language the candidate applied in ("it", "zh-Hans"); the emails they are sent are written in it.</summary>
    public string? Language { get; set; }
    /// <summary>
    /// Part of the private status link the candidate was emailed. Changing it makes every earlier link stop working
    /// (when the data is erased or anonymised).
    /// </summary>
    public string AccessStamp { get; set; } = Guid.NewGuid().ToString("N");
    /// <summary>When the personal data was removed (retention period over, or erased on request); the record stays for the figures.</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }
    public List<CandidateTag> Tags { get; set; } = [];
    public List<JobApplication> Applications { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public string FullName => $"{FirstName} {LastName}";

    public bool InTalentPool => TalentPoolConsentAtUtc is not null && AnonymisedAtUtc is null;

    /// <summary>How an email is compared: the same address however it was capitalised or spaced.</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void SetEmail(string email)
    {
        Email = email.Trim();
        NormalizedEmail = Normalize(email);
    }

    public static Candidate Create(string firstName, string lastName, string email, DateTime nowUtc)
    {
        var candidate = new Candidate { FirstName = firstName.Trim(), LastName = lastName.Trim(), Email = email, CreatedAtUtc = nowUtc };
        candidate.SetEmail(email);
        return candidate;
    }

    /// <summary>
    /// The same person applying again: what they tell us now is newer than what we had, but an empty answer does not
    /// erase an earlier one, and consent once given stays until they withdraw it.
    /// </summary>
    public void MergeRepeatApplication(string firstName, string lastName, string? phone, string? skills, bool consentToTalentPool, DateTime nowUtc)
    {
        if (!string.IsNullOrWhiteSpace(firstName)) FirstName = firstName.Trim();
        if (!string.IsNullOrWhiteSpace(lastName)) LastName = lastName.Trim();
        if (!string.IsNullOrWhiteSpace(phone)) Phone = phone.Trim();
        if (!string.IsNullOrWhiteSpace(skills)) Skills = MergeSkills(Skills, skills);
        if (consentToTalentPool) TalentPoolConsentAtUtc ??= nowUtc;
    }

    /// <summary>Both lists, each skill once (compared without case), in the order first seen.</summary>
    public static string MergeSkills(string? existing, string added) =>
        string.Join(", ", SplitSkills(existing).Concat(SplitSkills(added)).DistinctBy(s => s.ToUpperInvariant()));

    public static IEnumerable<string> SplitSkills(string? skills) =>
        (skills ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Removes everything that identifies the person and keeps the applications' stages and dates for the figures.
    /// Needs the applications loaded. Doing it again changes nothing. What other parts keep about the candidate
    /// (timeline, CV files, scorecards) goes through <see cref="CandidateAnonymised"/>.
    /// </summary>
    public void Anonymise(DateTime nowUtc)
    {
        if (AnonymisedAtUtc is not null) return;
        var files = Applications.Select(a => a.CvFileKey).OfType<string>().ToList();
        FirstName = "Anonymised";
        LastName = "candidate";
        SetEmail($"anonymised-{Id}@invalid");
        Phone = null;
        Skills = null;
        TalentPoolConsentAtUtc = null;
        KeepInformed = false;
        Language = null;
        AccessStamp = Guid.NewGuid().ToString("N");
        Tags.Clear();
        AnonymisedAtUtc = nowUtc;
        foreach (var application in Applications) application.ForgetPersonalData();
        Raise(new CandidateAnonymised(this, files));
    }
}

/// <summary>A recruiter's label on a candidate ("silver medallist", "speaks German"), for finding them again.</summary>
public class CandidateTag
{
    public int CandidateId { get; set; }
    public required string Name { get; set; }
}
