using ErmPortal.Data;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Identity;

namespace ErmPortal.Web.Timeline;

/// <summary>
/// What every module's timeline subscribers use to add a touchpoint: it stamps who did it and when. The module
/// gives the kind, its arguments and who may read it; the sentence is made when the entry is shown.
/// </summary>
public class TimelineRecorder(ErmDbContext db, ICurrentUser currentUser, IClock clock)
{
    public TimelineEntry RecordForEmployee(int employeeId, string kind, TimelineArguments arguments, TimelineAudience audience, string? link = null) =>
        Record(TimelineSubjects.Employee, employeeId, kind, arguments, audience, null, link);

    /// <summary>
    /// A touchpoint with a candidate. HR (the recruiters) read every one; <paramref name="scope"/> names the group that
    /// may read it too, such as the hiring team of the opening it is about.
    /// </summary>
    public TimelineEntry RecordForCandidate(int candidateId, string kind, TimelineArguments arguments, string? scope, string? link = null) =>
        Record(TimelineSubjects.Candidate, candidateId, kind, arguments, TimelineAudience.Hr, scope, link);

    private TimelineEntry Record(string subjectType, int subjectId, string kind, TimelineArguments arguments, TimelineAudience audience, string? scope, string? link)
    {
        var entry = new TimelineEntry
        {
            SubjectType = subjectType,
            SubjectId = subjectId,
            OccurredAtUtc = clock.UtcNow,
            Kind = kind,
            Arguments = arguments,
            Link = link,
            Audience = audience,
            AudienceScope = scope,
            ActorEmployeeId = currentUser.EmployeeId,
            ActorName = currentUser.Principal.FindFirst(ErmClaimsPrincipalFactory.DisplayNameClaim)?.Value
                        ?? currentUser.Principal.Identity?.Name,
        };
        db.Set<TimelineEntry>().Add(entry);
        return entry;
    }
}

/// <summary>What the modules' demo history seeders share: moments in the past, at working hours.</summary>
public static class TimelineDemoHistory
{
    /// <summary>A moment in working hours on the given day, in UTC.</summary>
    public static DateTime During(Random random, DateOnly day) =>
        day.ToDateTime(new TimeOnly(random.Next(8, 18), random.Next(0, 60)), DateTimeKind.Utc);

    /// <summary>A day between two days, both included.</summary>
    public static DateOnly Between(Random random, DateOnly first, DateOnly last) =>
        last <= first ? first : first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1));
}
