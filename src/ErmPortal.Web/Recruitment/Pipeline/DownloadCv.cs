using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// An application's CV, for those who may see the application. Always a download (never shown inline in the portal's
/// origin), with a content type from a short list rather than the one the upload claimed.
/// </summary>
public static class DownloadCv
{
    public record Query(int ApplicationId) : IRequest<Model>;

    public record Model(Stream Content, string ContentType, string FileName);

    private static readonly Dictionary<string, string> SafeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "application/pdf",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public class Handler(ErmDbContext db, ApplicationVisibility visibility, IFileStorage files) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var cv = await visibility.Visible(db.Set<JobApplication>().Where(a => a.Id == request.ApplicationId && a.CvFileKey != null))
                .Select(a => new { a.CvFileKey, a.CvFileName, a.CvContentType }).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException();
            var content = await files.OpenReadAsync(cv.CvFileKey!, ct) ?? throw new NotFoundException();
            var type = SafeTypes.GetValueOrDefault(cv.CvContentType ?? "", "application/octet-stream");
            var extension = type == "application/pdf" ? ".pdf" : type.EndsWith("document", StringComparison.Ordinal) ? ".docx" : "";
            // The name the candidate gave, kept to safe characters; the browser is told nothing that could be a path or a header.
            var name = new string((Path.GetFileNameWithoutExtension(cv.CvFileName) ?? "").Where(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' or ' ').ToArray()).Trim();
            return new Model(content, type, $"{(name.Length == 0 ? "CV" : name)}{extension}");
        }
    }
}
