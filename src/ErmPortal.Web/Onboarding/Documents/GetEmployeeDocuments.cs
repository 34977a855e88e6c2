using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>
/// A person's documents: HR sees and keeps all of them; the person sees those shared with them, and may upload what a plan
/// of theirs asks for. Everyone else is told the page does not exist.
/// </summary>
public static class GetEmployeeDocuments
{
    /// <summary>A document expiring within this many days is flagged on the page, the profile panel and in reminders.</summary>
    public const int ExpiringWithinDays = 30;

    public record Query(int Id) : IRequest<Model>;

    public record Row(int Id, EmployeeDocumentType Type, string Title, string FileName, long SizeBytes, DateOnly? ExpiresOn,
        DocumentVisibility Visibility, DateTime UploadedAtUtc, bool ForPlanTask);

    /// <summary>An open task of the person's plan asking them for a document of a type.</summary>
    public record Request(int TaskId, string TaskTitle, EmployeeDocumentType Type, DateOnly DueDate);

    public record Model(int EmployeeId, string EmployeeName, bool IsSelf, bool CanManage, DateOnly Today, IReadOnlyList<Row> Documents,
        IReadOnlyList<Request> Requests)
    {
        /// <summary>The form posted back when an upload was refused, so the page shows the message beside it.</summary>
        public UploadEmployeeDocument.Command Upload { get; init; } = new();

        public bool ExpiresSoon(Row row) => row.ExpiresOn is { } day && day <= Today.AddDays(ExpiringWithinDays);
    }

    public class Handler(ErmDbContext db, DocumentAccess access, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var documents = await access.RequireAsync(request.Id, DocumentOperations.View, ct);
            var hrOnly = await access.CanAsync(documents, DocumentOperations.ViewHrOnly);
            var name = await db.Employees.Where(e => e.Id == request.Id).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var rows = await VisibleTo(db.Set<EmployeeDocument>().Where(d => d.EmployeeId == request.Id), hrOnly)
                .OrderBy(d => d.Type).ThenByDescending(d => d.UploadedAtUtc).ThenByDescending(d => d.Id)
                .Select(d => new Row(d.Id, d.Type, d.Title, d.FileName, d.SizeBytes, d.ExpiresOn, d.Visibility, d.UploadedAtUtc, d.PlanTaskId != null))
                .ToListAsync(ct);
            var requests = await RequestedDocuments.Open(db, request.Id)
                .OrderBy(t => t.DueDate).ThenBy(t => t.Id)
                .Select(t => new Request(t.Id, t.Title, t.RequestedDocument!.Value, t.DueDate))
                .ToListAsync(ct);
            return new Model(request.Id, name, documents.Is(EmployeeRelation.Self), await access.CanAsync(documents, DocumentOperations.Manage),
                clock.Today, rows, requests);
        }
    }

    /// <summary>HR's own documents of a person, or only those shared with the person.</summary>
    public static IQueryable<EmployeeDocument> VisibleTo(IQueryable<EmployeeDocument> documents, bool hrOnly) =>
        hrOnly ? documents : documents.Where(d => d.Visibility == DocumentVisibility.PersonAndHr);
}

/// <summary>What a person's running plans still ask them to upload.</summary>
public static class RequestedDocuments
{
    public static IQueryable<PlanTask> Open(ErmDbContext db, int employeeId) => db.Set<PlanTask>()
        .Where(t => t.Plan.EmployeeId == employeeId && t.Plan.Status == PlanStatus.Running && t.RequestedDocument != null
                    && t.CompletedAtUtc == null && t.AssigneeId == employeeId);
}
