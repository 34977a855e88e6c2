using System.Security.Claims;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Web.Timeline;

/// <summary>An entry as a list shows it, before it is told in the reader's language.</summary>
public record TimelineLine(DateTime OccurredAtUtc, string Kind, TimelineArguments Arguments, string? ActorName, string? Link);

/// <summary>
/// Which audiences a viewer belongs to for one subject: the subject themselves, their manager chain, HR; plus the
/// roles they hold and who they are, for entries addressed to a named role or person; and the module-named groups they
/// belong to (<see cref="TimelineEntry.AudienceScope"/>).
/// </summary>
public record TimelineReader(TimelineAudience Audience, IReadOnlyList<string> Roles, int? EmployeeId, IReadOnlyList<string>? Scopes = null)
{
    /// <summary>
    /// The timeline of an employee is theirs, their managers' and HR's. Admin runs accounts, not people, and
    /// colleagues have no business in each other's history: both read nothing, and the page is not found.
    /// </summary>
    public static TimelineReader? ForEmployee(EmployeeResource viewer, ICurrentUser user)
    {
        var audience = (viewer.Is(EmployeeRelation.Self) ? TimelineAudience.Subject : TimelineAudience.None)
                       | (viewer.Is(EmployeeRelation.ManagerChain) ? TimelineAudience.ManagerChain : TimelineAudience.None)
                       | (viewer.Is(EmployeeRelation.Hr) ? TimelineAudience.Hr : TimelineAudience.None);
        return audience == TimelineAudience.None ? null
            : new TimelineReader(audience, user.Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), user.EmployeeId);
    }
}

public static class TimelineQueries
{
    /// <summary>A subject's entries this reader belongs to the audience of; filtered in the query, never after loading.</summary>
    public static IQueryable<TimelineEntry> VisibleTo(this IQueryable<TimelineEntry> entries, string subjectType, int subjectId, TimelineReader reader)
    {
        var (audience, roles, me) = (reader.Audience, reader.Roles.ToList(), reader.EmployeeId);
        // Most readers belong to no scope; they get the query without the clause rather than a test against an empty list.
        if (reader.Scopes is not { Count: > 0 } scopeList)
            return entries.Where(t => t.SubjectType == subjectType && t.SubjectId == subjectId
                && ((t.Audience & audience) != TimelineAudience.None
                    || (t.AudienceRole != null && roles.Contains(t.AudienceRole))
                    || (me != null && t.AudienceEmployeeId == me)));
        var scopes = scopeList.ToList();
        return entries.Where(t => t.SubjectType == subjectType && t.SubjectId == subjectId
            && ((t.Audience & audience) != TimelineAudience.None
                || (t.AudienceRole != null && roles.Contains(t.AudienceRole))
                || (me != null && t.AudienceEmployeeId == me)
                || (t.AudienceScope != null && scopes.Contains(t.AudienceScope))));
    }

    public static IQueryable<TimelineLine> NewestFirst(this IQueryable<TimelineEntry> entries) =>
        entries.OrderByDescending(t => t.OccurredAtUtc).ThenByDescending(t => t.Id)
            .Select(t => new TimelineLine(t.OccurredAtUtc, t.Kind, t.Arguments, t.ActorName, t.Link));
}
