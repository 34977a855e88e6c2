using System.Linq.Expressions;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

public static class OpeningOperations
{
    /// <summary>See the opening's candidates, their applications, CVs and timelines.</summary>
    public static readonly OperationAuthorizationRequirement ViewCandidates = new() { Name = nameof(ViewCandidates) };
    /// <summary>Move candidates between stages, reject them, schedule interviews.</summary>
    public static readonly OperationAuthorizationRequirement MoveCandidates = new() { Name = nameof(MoveCandidates) };
    /// <summary>See what the opening and its offers pay.</summary>
    public static readonly OperationAuthorizationRequirement SeeCompensation = new() { Name = nameof(SeeCompensation) };
    /// <summary>Edit the opening, its stages and interviewers; publish, unpublish and close it.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}

/// <summary>How the viewer stands to an opening; more than one can hold (an HR person who also interviews).</summary>
[Flags]
public enum OpeningRelation { None = 0, Recruiter = 1, HiringManager = 2, Interviewer = 4 }

public record OpeningResource(int OpeningId, OpeningRelation Relation)
{
    public bool Is(OpeningRelation relation) => (Relation & relation) != 0;
}

/// <summary>
/// Who belongs to an opening's hiring team, for lists (as a filter inside the query) and for one opening (as a
/// resource the handler below decides on). HR recruit for every opening; the hiring manager and the interviewers for
/// theirs only; everyone else for none, and "not yours" reads as "not found".
/// </summary>
public class OpeningAccess(ErmDbContext db, ICurrentUser user, IAuthorizationService authorization)
{
    /// <summary>The timeline audience of an opening's hiring team: entries about a candidate's application to it carry it.</summary>
    public static string TimelineScope(int openingId) => $"opening:{openingId}";

    /// <summary>The openings whose candidates the viewer may see, as a filter for a query.</summary>
    public Expression<Func<Opening, bool>> VisibleOpenings()
    {
        if (user.IsInRole(Roles.Hr)) return o => true;
        var me = user.EmployeeId ?? 0;
        return o => o.HiringManagerId == me || o.Interviewers.Any(i => i.EmployeeId == me);
    }

    public async Task<OpeningResource> ResourceAsync(int openingId, CancellationToken cancellationToken) =>
        (await ResourcesAsync([openingId], cancellationToken))[openingId];

    /// <summary>How the viewer stands to each of several openings, in one query; an opening that does not exist stands at none.</summary>
    public async Task<IReadOnlyDictionary<int, OpeningResource>> ResourcesAsync(IReadOnlyCollection<int> openingIds, CancellationToken cancellationToken)
    {
        var me = user.EmployeeId ?? 0;
        var recruiter = user.IsInRole(Roles.Hr) ? OpeningRelation.Recruiter : OpeningRelation.None;
        var teams = await db.Set<Opening>().Where(o => openingIds.Contains(o.Id))
            .Select(o => new { o.Id, Manager = o.HiringManagerId == me, Interviews = o.Interviewers.Any(i => i.EmployeeId == me) })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        return openingIds.Distinct().ToDictionary(id => id, id => new OpeningResource(id, teams.TryGetValue(id, out var team)
            ? recruiter | (team.Manager ? OpeningRelation.HiringManager : OpeningRelation.None)
                        | (team.Interviews ? OpeningRelation.Interviewer : OpeningRelation.None)
            : OpeningRelation.None));
    }

    public async Task<bool> CanAsync(OpeningResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user.Principal, resource, operation)).Succeeded;

    /// <summary>The opening as the viewer stands to it, or "not found" when the operation is not theirs.</summary>
    public async Task<OpeningResource> RequireAsync(int openingId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var resource = await ResourceAsync(openingId, cancellationToken);
        return await CanAsync(resource, operation) ? resource : throw new NotFoundException();
    }
}

/// <summary>Fails closed: an operation it does not know, or a relation not named below, is refused.</summary>
public class OpeningAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, OpeningResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement,
        OpeningResource resource)
    {
        var r = resource;
        var allowed = requirement.Name switch
        {
            // The whole hiring team reads the candidates: interviewers need the CV and the earlier stages' notes.
            nameof(OpeningOperations.ViewCandidates) => r.Is(OpeningRelation.Recruiter | OpeningRelation.HiringManager | OpeningRelation.Interviewer),
            // Deciding who goes on is the hiring manager's and the recruiters'; an interviewer gives a scorecard.
            nameof(OpeningOperations.MoveCandidates) => r.Is(OpeningRelation.Recruiter | OpeningRelation.HiringManager),
            // Pay is HR's and the hiring manager's business, not the interviewers'.
            nameof(OpeningOperations.SeeCompensation) => r.Is(OpeningRelation.Recruiter | OpeningRelation.HiringManager),
            // The opening itself, what the careers page says and which stages it has, is HR's.
            nameof(OpeningOperations.Manage) => r.Is(OpeningRelation.Recruiter),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
