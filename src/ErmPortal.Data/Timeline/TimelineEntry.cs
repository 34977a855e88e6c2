namespace ErmPortal.Data.Timeline;

/// <summary>
/// Who may read an entry, as a set: the subject themselves, the people above them, HR. A module can add a named
/// role (<see cref="TimelineEntry.AudienceRole"/>, e.g. recruiters) or one named person
/// (<see cref="TimelineEntry.AudienceEmployeeId"/>, e.g. the HR owner of a case) on top of these.
/// </summary>
[Flags]
public enum TimelineAudience
{
    None = 0,
    Subject = 1,
    ManagerChain = 2,
    Hr = 4,
}

/// <summary>The kinds of record an entry can be about. An employee today; candidates come with recruitment.</summary>
public static class TimelineSubjects
{
    public const string Employee = "employee";
    public const string Candidate = "candidate";
}

/// <summary>
/// One touchpoint in a relationship with the organisation, written by whichever module it happened in: what kind
/// of thing happened, to whom, by whom, when, with the facts it is told from. The sentence is made when the entry
/// is shown, in the reader's language, calendar and time zone, by the module that owns the kind.
/// </summary>
public class TimelineEntry
{
    public long Id { get; set; }
    public required string SubjectType { get; set; }
    public int SubjectId { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    /// <summary>A stable name of the kind of event ("hired", "job-changed", "profile-updated"...), for filtering and rendering.</summary>
    public required string Kind { get; set; }
    public TimelineArguments Arguments { get; set; } = new();
    public string? Link { get; set; }
    public TimelineAudience Audience { get; set; }
    /// <summary>A role whose members may also read the entry.</summary>
    public string? AudienceRole { get; set; }
    /// <summary>One person who may also read the entry.</summary>
    public int? AudienceEmployeeId { get; set; }
    /// <summary>
    /// A group named by the module that wrote the entry, whose members may also read it: the hiring team of one
    /// opening ("opening:12") for an entry about a candidate's application to it.
    /// </summary>
    public string? AudienceScope { get; set; }
    public int? ActorEmployeeId { get; set; }
    public string? ActorName { get; set; }
}
