using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Profiles;

public static class PhotoOperations
{
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
}

/// <summary>A person's photo, with the viewer's relation to the person.</summary>
public record EmployeePhoto(int EmployeeId, EmployeeRelation Relation);

/// <summary>Fails closed: no relation, or an operation it does not know, means no photo.</summary>
public class PhotoAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, EmployeePhoto>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, EmployeePhoto resource)
    {
        var allowed = requirement.Name switch
        {
            // The photo sits on the card beside the name, so colleagues recognise each other: whoever sees the card sees it.
            nameof(PhotoOperations.View) => resource.Relation != EmployeeRelation.None,
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
