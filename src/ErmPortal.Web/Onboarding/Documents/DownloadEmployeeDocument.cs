using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>
/// One document's file, for those the documents page lists it to. Always a download (never shown inside the portal's
/// origin), with a content type from the short list of kinds a document may be.
/// </summary>
public static class DownloadEmployeeDocument
{
    public record Query(int Id, int DocumentId) : IRequest<Model>;

    public record Model(Stream Content, string ContentType, string FileName);

    public class Handler(ErmDbContext db, DocumentAccess access, IFileStorage storage) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var documents = await access.RequireAsync(request.Id, DocumentOperations.View, ct);
            var hrOnly = await access.CanAsync(documents, DocumentOperations.ViewHrOnly);
            var file = await GetEmployeeDocuments.VisibleTo(db.Set<EmployeeDocument>().Where(d => d.Id == request.DocumentId && d.EmployeeId == request.Id), hrOnly)
                .Select(d => new { d.FileKey, d.FileName, d.ContentType }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var content = await storage.OpenReadAsync(file.FileKey, ct) ?? throw new NotFoundException();
            var type = DocumentFile.SafeContentType(file.ContentType);
            return new Model(content, type, DocumentFile.DownloadName(file.FileName, type));
        }
    }
}
