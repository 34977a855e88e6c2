using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Learning.Records;

public static class TrainingOperations
{
    /// <summary>Read a person's training records and download their certificates.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    /// <summary>Record a completion for the person, and confirm or refuse what they recorded themselves.</summary>
    public static readonly OperationAuthorizationRequirement Record = new() { Name = nameof(Record) };
}

/// <summary>A person's training, with the viewer's relation to the person.</summary>
public record PersonTraining(int EmployeeId, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>
/// Fails closed. What a person learned (and their certificates) is theirs, their managers' who develop them and HR's;
/// colleagues and Admin, who runs accounts rather than people, are told there is nothing. Only HR records for someone.
/// </summary>
public class TrainingAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PersonTraining>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonTraining t)
    {
        var allowed = requirement.Name switch
        {
            nameof(TrainingOperations.View) => t.Is(EmployeeRelation.Self) || t.Is(EmployeeRelation.ManagerChain) || t.Is(EmployeeRelation.Hr),
            nameof(TrainingOperations.Record) => t.Is(EmployeeRelation.Hr),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>The viewer's standing to a person's training, from the portal's one resolver of relations.</summary>
public class TrainingAccess(ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization)
{
    public async Task<bool> CanAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken ct) =>
        (await authorization.AuthorizeAsync(user.Principal, new PersonTraining(employeeId, await relations.OfAsync(employeeId, ct)), operation)).Succeeded;

    /// <summary>Returns when the operation is the viewer's; "not found" otherwise.</summary>
    public async Task RequireAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        if (!await CanAsync(employeeId, operation, ct)) throw new NotFoundException();
    }
}
