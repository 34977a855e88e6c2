using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Organisation;

/// <summary>What a viewer may do with an employee's records.</summary>
public static class EmployeeOperations
{
    /// <summary>Name, title, department, location, work email, manager: what any colleague may see.</summary>
    public static readonly OperationAuthorizationRequirement ViewCard = new() { Name = nameof(ViewCard) };
    /// <summary>Employment details: type, status, hire date, phone.</summary>
    public static readonly OperationAuthorizationRequirement ViewEmployment = new() { Name = nameof(ViewEmployment) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}

/// <summary>How the viewer stands to an employee. One viewer may hold several relations (an HR partner who is also the manager).</summary>
[Flags]
public enum EmployeeRelation
{
    None = 0,
    Peer = 1,
    Self = 2,
    ManagerChain = 4,
    Hr = 8,
    Admin = 16,
}

/// <summary>The employee being decided about, with the viewer's relation to it already worked out by <see cref="EmployeeRelations"/>.</summary>
public record EmployeeResource(int EmployeeId, EmployeeRelation Relation);

public class EmployeeRelations(ICurrentUser currentUser, ReportingLines reportingLines)
{
    public async Task<EmployeeResource> ResolveAsync(int employeeId, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthenticated) return new EmployeeResource(employeeId, EmployeeRelation.None);
        var relation = EmployeeRelation.Peer;
        if (currentUser.EmployeeId == employeeId) relation |= EmployeeRelation.Self;
        if (currentUser.IsInRole(Roles.Hr)) relation |= EmployeeRelation.Hr;
        if (currentUser.IsInRole(Roles.Admin)) relation |= EmployeeRelation.Admin;
        if (currentUser.EmployeeId is { } me && me != employeeId
            && await reportingLines.IsInManagerChainAsync(me, employeeId, cancellationToken))
            relation |= EmployeeRelation.ManagerChain;
        return new EmployeeResource(employeeId, relation);
    }
}

/// <summary>Fails closed: no resource or no relation means no access.</summary>
public class EmployeeAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, EmployeeResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, EmployeeResource resource)
    {
        var allowed = requirement.Name switch
        {
            // Colleagues need to find and reach each other.
            nameof(EmployeeOperations.ViewCard) => resource.Relation != EmployeeRelation.None,
            // The person, everyone above them, and HR and Admin who run the records.
            nameof(EmployeeOperations.ViewEmployment) => resource.Relation.HasFlag(EmployeeRelation.Self)
                || resource.Relation.HasFlag(EmployeeRelation.ManagerChain)
                || resource.Relation.HasFlag(EmployeeRelation.Hr)
                || resource.Relation.HasFlag(EmployeeRelation.Admin),
            // Job records are HR's; a manager proposes changes, an employee requests them (later modules).
            nameof(EmployeeOperations.Edit) => resource.Relation.HasFlag(EmployeeRelation.Hr)
                || resource.Relation.HasFlag(EmployeeRelation.Admin),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
