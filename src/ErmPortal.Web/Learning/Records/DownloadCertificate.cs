using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Onboarding.Documents;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// A training certificate, for the person, the managers above them and HR; anyone else is told it does not exist. Always
/// a download with a safe name and the content type it was recognised as, never shown inside the portal's origin.
/// </summary>
public static class DownloadCertificate
{
    public record Query(int RecordId) : IRequest<Model>;

    public record Model(Stream Content, string ContentType, string FileName);

    public class Handler(ErmDbContext db, TrainingAccess access, IFileStorage storage) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var file = await db.Set<TrainingRecord>().Where(r => r.Id == request.RecordId && r.CertificateFileKey != null)
                .Select(r => new { r.EmployeeId, r.CertificateFileKey, r.CertificateFileName, r.CertificateContentType })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            await access.RequireAsync(file.EmployeeId, TrainingOperations.View, ct);
            var content = await storage.OpenReadAsync(file.CertificateFileKey!, ct) ?? throw new NotFoundException();
            var type = DocumentFile.SafeContentType(file.CertificateContentType ?? "");
            return new Model(content, type, DocumentFile.DownloadName(file.CertificateFileName ?? "certificate", type));
        }
    }
}
