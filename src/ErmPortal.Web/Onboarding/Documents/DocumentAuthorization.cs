using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ErmPortal.Web.Onboarding.Documents;

public static class DocumentOperations
{
    /// <summary>Open the person's documents page and download what it lists.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    /// <summary>See the documents kept for HR alone (a background check), besides the person's own.</summary>
    public static readonly OperationAuthorizationRequirement ViewHrOnly = new() { Name = nameof(ViewHrOnly) };
    /// <summary>Upload any document, with its type, expiry and visibility, and delete one.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
    /// <summary>Upload a document a plan task of the person's asks for.</summary>
    public static readonly OperationAuthorizationRequirement UploadRequested = new() { Name = nameof(UploadRequested) };
}

/// <summary>A person's documents, with the viewer's relation to the person.</summary>
public record PersonDocuments(int EmployeeId, EmployeeRelation Relation)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>
/// Fails closed. Contracts and identity documents are between the person and HR: managers and colleagues are told there
/// is nothing here, and Admin, who runs accounts rather than people, is not HR.
/// </summary>
public class DocumentAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PersonDocuments>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonDocuments r)
    {
        var allowed = requirement.Name switch
        {
            nameof(DocumentOperations.View) => r.Is(EmployeeRelation.Self) || r.Is(EmployeeRelation.Hr),
            nameof(DocumentOperations.ViewHrOnly) or nameof(DocumentOperations.Manage) => r.Is(EmployeeRelation.Hr),
            // What a plan asks of the person is theirs to give; HR uploads through Manage.
            nameof(DocumentOperations.UploadRequested) => r.Is(EmployeeRelation.Self),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>The viewer's standing to a person's documents, from the portal's one resolver of relations.</summary>
public class DocumentAccess(EmployeeAccess employees, Infrastructure.ICurrentUser user, IAuthorizationService authorization)
{
    public async Task<PersonDocuments> ResolveAsync(int employeeId, CancellationToken ct) =>
        new(employeeId, (await employees.ResolveAsync(employeeId, ct)).Relation);

    public async Task<bool> CanAsync(PersonDocuments documents, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user.Principal, documents, operation)).Succeeded;

    /// <summary>The viewer's standing, or "not found" when the operation is not theirs.</summary>
    public async Task<PersonDocuments> RequireAsync(int employeeId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var documents = await ResolveAsync(employeeId, ct);
        return await CanAsync(documents, operation) ? documents : throw new Infrastructure.Mediator.NotFoundException();
    }
}
