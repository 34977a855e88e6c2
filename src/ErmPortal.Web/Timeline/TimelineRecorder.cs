using ErmPortal.Data;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Timeline;

/// <summary>
/// What every module's timeline subscribers use to add a touchpoint: it stamps who did it and when, and knows
/// the organisation's names (read once per request, so a bulk import does not look them up per person).
/// </summary>
public class TimelineRecorder(ErmDbContext db, ICurrentUser currentUser, IClock clock)
{
    private Dictionary<int, string>? _departments, _positions, _locations;

    public void Record(int employeeId, string kind, string summary, TimelineVisibility visibility, string? link = null) =>
        db.TimelineEntries.Add(new TimelineEntry
        {
            EmployeeId = employeeId,
            OccurredAtUtc = clock.UtcNow,
            Kind = kind,
            Summary = summary.Length > 500 ? summary[..500] : summary,
            Link = link,
            Visibility = visibility,
            ActorEmployeeId = currentUser.EmployeeId,
            ActorName = currentUser.Principal.FindFirst(ErmClaimsPrincipalFactory.DisplayNameClaim)?.Value
                        ?? currentUser.Principal.Identity?.Name,
        });

    public async Task<string> DepartmentAsync(int id) => (_departments ??= await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name)).GetValueOrDefault(id, "?");
    public async Task<string> PositionAsync(int id) => (_positions ??= await db.Positions.ToDictionaryAsync(p => p.Id, p => p.Title)).GetValueOrDefault(id, "?");
    public async Task<string> LocationAsync(int id) => (_locations ??= await db.Locations.ToDictionaryAsync(l => l.Id, l => l.Name)).GetValueOrDefault(id, "?");

    public async Task<string?> EmployeeNameAsync(int? id) => id is null ? null
        : await db.Employees.Where(e => e.Id == id).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync();
}

/// <summary>The kinds of touchpoint the timeline can be filtered by.</summary>
public static class TimelineKinds
{
    public const string Hired = "hired";
    public const string JobChanged = "job-changed";
    public const string JobChangeScheduled = "job-change-scheduled";
    public const string StatusChanged = "status-changed";
    public const string Leaving = "leaving";
    public const string ProfileUpdated = "profile-updated";
    public const string ChangeRequest = "change-request";

    public static readonly (string Kind, string Label)[] All =
    [
        (Hired, "Hired"), (JobChanged, "Job changes"), (JobChangeScheduled, "Scheduled changes"), (StatusChanged, "Status changes"),
        (Leaving, "Leaving"), (ProfileUpdated, "Profile updates"), (ChangeRequest, "Change requests"),
    ];
}
