using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding;

public static class PlanOperations
{
    /// <summary>Open the plan's page; a buddy or other helper sees only their own tasks on it.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    /// <summary>See every task of the plan, whoever does it, and its progress.</summary>
    public static readonly OperationAuthorizationRequirement ViewAll = new() { Name = nameof(ViewAll) };
    /// <summary>Add, reassign or remove tasks, name the buddy, move the anchor day, cancel.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
    /// <summary>Read the check-in answers: what the new hire and the manager said.</summary>
    public static readonly OperationAuthorizationRequirement ReadCheckIns = new() { Name = nameof(ReadCheckIns) };
}

/// <summary>How the viewer stands to a plan; several can hold (a manager who is also HR).</summary>
[Flags]
public enum PlanRelation
{
    None = 0,
    /// <summary>The plan is about the viewer: the new hire, or the leaver.</summary>
    Subject = 1,
    /// <summary>The viewer manages the person, directly or further up.</summary>
    ManagerChain = 2,
    Hr = 4,
    Buddy = 8,
    /// <summary>The viewer has a task on the plan (IT, a colleague HR named).</summary>
    Assignee = 16,
}

public record PlanResource(int PlanId, int EmployeeId, PlanRelation Relation)
{
    public bool Is(PlanRelation relation) => (Relation & relation) != 0;
}

/// <summary>
/// Who may see and do what on a person's plan, from the viewer's relation to the person (one resolver for the whole
/// portal) and to the plan (buddy, a task of theirs). Anyone with no part in it is told the plan does not exist.
/// </summary>
public class PlanAccess(ErmDbContext db, ICurrentUser user, EmployeeAccess employees, IAuthorizationService authorization)
{
    public async Task<PlanResource> ResourceAsync(int planId, CancellationToken ct)
    {
        var me = user.EmployeeId ?? 0;
        var plan = await db.Set<JourneyPlan>().Where(p => p.Id == planId)
            .Select(p => new { p.EmployeeId, Buddy = p.BuddyId == me, Assignee = p.Tasks.Any(t => t.AssigneeId == me) })
            .FirstOrDefaultAsync(ct);
        if (plan is null) return new PlanResource(planId, 0, PlanRelation.None);
        var person = await employees.ResolveAsync(plan.EmployeeId, ct);
        var relation = (person.Is(EmployeeRelation.Self) ? PlanRelation.Subject : PlanRelation.None)
                       | (person.Is(EmployeeRelation.ManagerChain) ? PlanRelation.ManagerChain : PlanRelation.None)
                       | (person.Is(EmployeeRelation.Hr) ? PlanRelation.Hr : PlanRelation.None)
                       | (plan.Buddy && me != 0 ? PlanRelation.Buddy : PlanRelation.None)
                       | (plan.Assignee && me != 0 ? PlanRelation.Assignee : PlanRelation.None);
        return new PlanResource(planId, plan.EmployeeId, relation);
    }

    public async Task<bool> CanAsync(PlanResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user.Principal, resource, operation)).Succeeded;

    /// <summary>The plan as the viewer stands to it, or "not found" when the operation is not theirs.</summary>
    public async Task<PlanResource> RequireAsync(int planId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var resource = await ResourceAsync(planId, ct);
        return await CanAsync(resource, operation) ? resource : throw new NotFoundException();
    }
}

/// <summary>Fails closed: an operation it does not know, or a relation not named below, is refused.</summary>
public class PlanAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PlanResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PlanResource r)
    {
        var allowed = requirement.Name switch
        {
            nameof(PlanOperations.View) => r.Relation != PlanRelation.None,
            // The person follows their own journey, their managers answer for it, HR runs it. A buddy sees their part only.
            nameof(PlanOperations.ViewAll) => r.Is(PlanRelation.Subject) || r.Is(PlanRelation.ManagerChain) || r.Is(PlanRelation.Hr),
            nameof(PlanOperations.Manage) => r.Is(PlanRelation.Hr),
            // Answers are for HR and the managers; the person wrote their own and is not shown the manager's.
            nameof(PlanOperations.ReadCheckIns) => r.Is(PlanRelation.ManagerChain) || r.Is(PlanRelation.Hr),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
