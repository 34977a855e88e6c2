using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Profiles;

public static class ChangeRequestOperations
{
    /// <summary>See the request with its current and proposed values.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    /// <summary>Approve or reject it.</summary>
    public static readonly OperationAuthorizationRequirement Decide = new() { Name = nameof(Decide) };
    /// <summary>Take it back while it waits.</summary>
    public static readonly OperationAuthorizationRequirement Withdraw = new() { Name = nameof(Withdraw) };
}

/// <summary>A change request, with the viewer's relation to the person who made it.</summary>
public record ChangeRequestResource(int ChangeRequestId, int EmployeeId, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>Takes the viewer's relation to the requester from <see cref="ViewerRelations"/> and asks the handler below.</summary>
public class ChangeRequestAccess(ICurrentUser user, ViewerRelations relations, IAuthorizationService authorization)
{
    public async Task<bool> CanAsync(ChangeRequestResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user.Principal, resource, operation)).Succeeded;

    /// <summary>The request as the viewer stands to it, or "not found": absent and not theirs look the same.</summary>
    public async Task<ChangeRequestResource> RequireAsync(int changeRequestId, int employeeId, OperationAuthorizationRequirement operation,
        CancellationToken cancellationToken)
    {
        var resource = new ChangeRequestResource(changeRequestId, employeeId, await relations.OfAsync(employeeId, cancellationToken));
        return await CanAsync(resource, operation) ? resource : throw new NotFoundException();
    }
}

/// <summary>Fails closed: an operation it does not know, or a relation that is not named below, is refused.</summary>
public class ChangeRequestAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ChangeRequestResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement,
        ChangeRequestResource resource)
    {
        var r = resource;
        var allowed = requirement.Name switch
        {
            // A request carries the proposed bank account, national id and address: personal details, so the person
            // and HR only. Managers are told a request is open (a context warning), never what it asks.
            nameof(ChangeRequestOperations.View) => r.Is(EmployeeRelation.Self) || r.Is(EmployeeRelation.Hr),
            // HR decides, but never on their own request: a second pair of eyes is the point of asking.
            nameof(ChangeRequestOperations.Decide) => r.Is(EmployeeRelation.Hr) && !r.Is(EmployeeRelation.Self),
            // Only the person who asked can change their mind.
            nameof(ChangeRequestOperations.Withdraw) => r.Is(EmployeeRelation.Self),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
