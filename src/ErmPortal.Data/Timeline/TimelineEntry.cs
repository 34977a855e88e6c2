using ErmPortal.Data.Organisation;

namespace ErmPortal.Data.Timeline;

/// <summary>Who may see a touchpoint. Each level includes the ones above it in the list: HR sees everything.</summary>
public enum TimelineVisibility { Employee = 0, Manager = 1, Hr = 2 }

/// <summary>
/// One touchpoint in a person's relationship with the organisation, written by whichever module it happened in:
/// what happened, to whom, by whom, when, in one line, with a link to the details.
/// </summary>
public class TimelineEntry
{
    public long Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public DateTime OccurredAtUtc { get; set; }
    /// <summary>A stable name of the kind of event ("hired", "transferred", "profile-updated"...), for filtering.</summary>
    public required string Kind { get; set; }
    public required string Summary { get; set; }
    public string? Link { get; set; }
    public TimelineVisibility Visibility { get; set; }
    public int? ActorEmployeeId { get; set; }
    public string? ActorName { get; set; }
}
