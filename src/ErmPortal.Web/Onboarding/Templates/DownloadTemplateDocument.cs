using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>The document a template task asks to read, for HR to check what new hires will be given (any version's).</summary>
public static class DownloadTemplateDocument
{
    public record Query(int TemplateId, int TaskId) : IRequest<DocumentDownload>;

    public class Handler(ErmDbContext db, IFileStorage files) : IRequestHandler<Query, DocumentDownload>
    {
        public async Task<DocumentDownload> Handle(Query request, CancellationToken ct)
        {
            var document = await db.Set<TemplateTask>()
                .Where(t => t.Id == request.TaskId && t.DocumentKey != null && db.Set<TemplateVersion>().Any(v => v.Id == t.TemplateVersionId && v.TemplateId == request.TemplateId))
                .Select(t => new { t.DocumentKey, t.DocumentName }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return await DocumentDownload.OpenAsync(files, document.DocumentKey!, document.DocumentName, ct);
        }
    }
}
