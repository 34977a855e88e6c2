using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Cases;

public static class CaseOperations
{
    /// <summary>Read and handle the cases about a person: what they are about, their notes and outcome.</summary>
    public static readonly OperationAuthorizationRequirement Handle = new() { Name = nameof(Handle) };
    /// <summary>Know only that something is open with the person, and so talk to HR before acting on them.</summary>
    public static readonly OperationAuthorizationRequirement Notice = new() { Name = nameof(Notice) };
}

/// <summary>The cases about a person, with the viewer's relation to them.</summary>
public record PersonCases(int EmployeeId, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>
/// Fails closed. A case is HR's: any HR person handles it, except one about themselves (a grievance names HR people too,
/// and nobody investigates themselves). The managers above the person are told something is open, never what; the
/// person, colleagues and Admin learn nothing.
/// </summary>
public class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PersonCases>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonCases p)
    {
        var allowed = requirement.Name switch
        {
            nameof(CaseOperations.Handle) => p.Is(EmployeeRelation.Hr) && !p.Is(EmployeeRelation.Self),
            nameof(CaseOperations.Notice) => p.Is(EmployeeRelation.ManagerChain) && !p.Is(EmployeeRelation.Self),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>The viewer's standing to people's cases, from the portal's one resolver of relations.</summary>
public class CaseAccess(ErmDbContext db, ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization)
{
    /// <summary>What the viewer may do with the cases about each of the people, in at most one query.</summary>
    public async Task<IReadOnlyDictionary<int, (bool Handle, bool Notice)>> OfManyAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct)
    {
        var answers = new Dictionary<int, (bool, bool)>();
        foreach (var (id, relation) in await relations.OfManyAsync(employeeIds, ct))
        {
            var person = new PersonCases(id, relation);
            answers[id] = ((await authorization.AuthorizeAsync(user.Principal, person, CaseOperations.Handle)).Succeeded,
                (await authorization.AuthorizeAsync(user.Principal, person, CaseOperations.Notice)).Succeeded);
        }
        return answers;
    }

    public async Task<bool> MayHandleAsync(int employeeId, CancellationToken ct) => (await OfManyAsync([employeeId], ct))[employeeId].Handle;

    /// <summary>
    /// The cases the viewer handles, as a query: <see cref="CaseOperations.Handle"/> for every case at once (HR, and
    /// none about themselves), so a list or a case's page never loads one the viewer may not read.
    /// </summary>
    public IQueryable<HrCase> Handled()
    {
        if (!user.IsInRole(Roles.Hr)) return db.Set<HrCase>().Where(_ => false);
        var me = user.EmployeeId;
        return db.Set<HrCase>().Where(c => me == null || c.EmployeeId != me);
    }
}
