using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Reviews.Goals;

public static class GoalOperations
{
    /// <summary>Read a person's goals and their check-ins.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    /// <summary>Add, edit and check in on a person's goals.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}

/// <summary>A person's goals, with the viewer's relation to the person.</summary>
public record PersonGoals(int EmployeeId, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>
/// Fails closed. Goals are agreed between the person and their direct manager, so those two set and update them; the
/// managers above read them (they roll up into their own) and HR reads them for reviews. Colleagues and Admin, who
/// runs accounts rather than people, are told there is nothing.
/// </summary>
public class GoalAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PersonGoals>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonGoals g)
    {
        var allowed = requirement.Name switch
        {
            nameof(GoalOperations.View) => g.Is(EmployeeRelation.Self) || g.Is(EmployeeRelation.ManagerChain) || g.Is(EmployeeRelation.Hr),
            nameof(GoalOperations.Edit) => g.Is(EmployeeRelation.Self) || g.Is(EmployeeRelation.DirectManager),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>The viewer's standing to a person's goals, from the portal's one resolver of relations.</summary>
public class GoalAccess(ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization)
{
    public async Task<bool> CanAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken ct) =>
        (await authorization.AuthorizeAsync(user.Principal, new PersonGoals(employeeId, await relations.OfAsync(employeeId, ct)), operation)).Succeeded;

    /// <summary>Returns when the operation is the viewer's; "not found" otherwise.</summary>
    public async Task RequireAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        if (!await CanAsync(employeeId, operation, ct)) throw new NotFoundException();
    }
}
