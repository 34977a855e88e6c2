using ErmPortal.Data.Audit;
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
    /// <summary>Personal contact, emergency contacts, home address, date of birth, bank and national id.</summary>
    public static readonly OperationAuthorizationRequirement ViewPersonal = new() { Name = nameof(ViewPersonal) };
    /// <summary>Career aspirations and the profile's completeness: what the person and those who develop them need.</summary>
    public static readonly OperationAuthorizationRequirement ViewDevelopment = new() { Name = nameof(ViewDevelopment) };
    /// <summary>Ratings as calibration left them, and why: those above the person and HR, never the person themselves.</summary>
    public static readonly OperationAuthorizationRequirement ViewPerformance = new() { Name = nameof(ViewPerformance) };
    /// <summary>Salary and its history: the person, those above them and HR.</summary>
    public static readonly OperationAuthorizationRequirement ViewPay = new() { Name = nameof(ViewPay) };
    /// <summary>Self-service edits and change requests: only the person.</summary>
    public static readonly OperationAuthorizationRequirement EditOwn = new() { Name = nameof(EditOwn) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    /// <summary>The people below someone, with their statuses, tenure and what is coming up for them.</summary>
    public static readonly OperationAuthorizationRequirement ViewTeam = new() { Name = nameof(ViewTeam) };

    /// <summary>The operation that shows a field of this visibility on the profile, so other views (the audit log) show it to the same people.</summary>
    public static OperationAuthorizationRequirement ToView(FieldVisibility visibility) => visibility switch
    {
        FieldVisibility.Card => ViewCard,
        FieldVisibility.Employment => ViewEmployment,
        FieldVisibility.Development => ViewDevelopment,
        FieldVisibility.Performance => ViewPerformance,
        FieldVisibility.Pay => ViewPay,
        _ => ViewPersonal,
    };
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
    /// <summary>The person reports to the viewer directly. Always comes with <see cref="ManagerChain"/>.</summary>
    DirectManager = 32,
}

/// <summary>The employee being decided about, with the viewer's relation to it already worked out by <see cref="ViewerRelations"/>.</summary>
public record EmployeeResource(int EmployeeId, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>Takes how the viewer stands to an employee from <see cref="ViewerRelations"/> and asks the authorization handler what that allows.</summary>
public class EmployeeAccess(ICurrentUser currentUser, ViewerRelations relations, IAuthorizationService authorization)
{
    public async Task<EmployeeResource> ResolveAsync(int employeeId, CancellationToken cancellationToken) =>
        new(employeeId, await relations.OfAsync(employeeId, cancellationToken));

    /// <summary>The viewer's standing to each of a page of people, in one query.</summary>
    public async Task<IReadOnlyDictionary<int, EmployeeResource>> ResolveManyAsync(IReadOnlyCollection<int> employeeIds, CancellationToken cancellationToken) =>
        (await relations.OfManyAsync(employeeIds, cancellationToken)).ToDictionary(r => r.Key, r => new EmployeeResource(r.Key, r.Value));

    public async Task<bool> CanAsync(EmployeeResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(currentUser.Principal, resource, operation)).Succeeded;

    /// <summary>The viewer's standing, or "not found" when the operation is not theirs: absent and forbidden look the same.</summary>
    public async Task<EmployeeResource> RequireAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var resource = await ResolveAsync(employeeId, cancellationToken);
        return await CanAsync(resource, operation) ? resource : throw new Infrastructure.Mediator.NotFoundException();
    }
}

/// <summary>Fails closed: no resource or no relation means no access.</summary>
public class EmployeeAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, EmployeeResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, EmployeeResource resource)
    {
        var r = resource;
        var allowed = requirement.Name switch
        {
            // Colleagues need to find and reach each other.
            nameof(EmployeeOperations.ViewCard) => r.Relation != EmployeeRelation.None,
            // The person, everyone above them, and HR and Admin who run the records.
            nameof(EmployeeOperations.ViewEmployment) =>
                r.Is(EmployeeRelation.Self) || r.Is(EmployeeRelation.ManagerChain) || r.Is(EmployeeRelation.Hr) || r.Is(EmployeeRelation.Admin),
            // Home, bank, family: the person and HR. Not managers, and not Admin, who runs accounts, not people.
            nameof(EmployeeOperations.ViewPersonal) => r.Is(EmployeeRelation.Self) || r.Is(EmployeeRelation.Hr),
            // Aspirations are shared to be acted on: by the person, the managers who develop them, and HR. Admin has no part in it.
            nameof(EmployeeOperations.ViewDevelopment) => r.Is(EmployeeRelation.Self) || r.Is(EmployeeRelation.ManagerChain) || r.Is(EmployeeRelation.Hr),
            // A rating is settled above the person and shared with them through their review; HR looking at their own is the person.
            nameof(EmployeeOperations.ViewPerformance) => !r.Is(EmployeeRelation.Self) && (r.Is(EmployeeRelation.ManagerChain) || r.Is(EmployeeRelation.Hr)),
            // Pay is between the person and those who decide it: never peers, and not Admin, who runs accounts.
            nameof(EmployeeOperations.ViewPay) => r.Is(EmployeeRelation.Self) || r.Is(EmployeeRelation.ManagerChain) || r.Is(EmployeeRelation.Hr),
            // Self-service is the person's own word about themselves; nobody else speaks for them there.
            nameof(EmployeeOperations.EditOwn) => r.Is(EmployeeRelation.Self),
            // Job records are HR's; a manager proposes changes, an employee requests them.
            nameof(EmployeeOperations.Edit) => r.Is(EmployeeRelation.Hr) || r.Is(EmployeeRelation.Admin),
            // A team page shows last days and ends of probation across a whole subtree: the manager it belongs to, the
            // managers above them who answer for it, and HR. Not Admin, and not the team's own members or peers.
            nameof(EmployeeOperations.ViewTeam) => r.Is(EmployeeRelation.Self) || r.Is(EmployeeRelation.ManagerChain) || r.Is(EmployeeRelation.Hr),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
