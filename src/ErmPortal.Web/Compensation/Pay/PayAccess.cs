using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Compensation.Pay;

public static class PayOperations
{
    /// <summary>Read a person's pay: salary and its history, bonuses, allowances, benefits, band and letters.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    /// <summary>Record a person's pay: salary changes, bonuses, allowances and benefit enrolments.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}

/// <summary>A person's pay, with the viewer's relation to the person.</summary>
public record PersonPay(int EmployeeId, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>
/// Fails closed. Pay is between the person and those who decide it: the person, the managers above them and HR read
/// it; HR records it, but never their own (nobody sets their own pay). Colleagues, and Admin, who runs accounts rather
/// than people, are told there is nothing.
/// </summary>
public class PayAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PersonPay>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonPay p)
    {
        var allowed = requirement.Name switch
        {
            nameof(PayOperations.View) => p.Is(EmployeeRelation.Self) || p.Is(EmployeeRelation.ManagerChain) || p.Is(EmployeeRelation.Hr),
            nameof(PayOperations.Manage) => p.Is(EmployeeRelation.Hr) && !p.Is(EmployeeRelation.Self),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>The viewer's standing to a person's pay, from the portal's one resolver of relations.</summary>
public class PayAccess(ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization)
{
    public async Task<bool> CanAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken ct) =>
        (await authorization.AuthorizeAsync(user.Principal, new PersonPay(employeeId, await relations.OfAsync(employeeId, ct)), operation)).Succeeded;

    /// <summary>Returns when the operation is the viewer's; "not found" otherwise, so pay nobody may see does not even exist.</summary>
    public async Task RequireAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        if (!await CanAsync(employeeId, operation, ct)) throw new NotFoundException();
    }
}
