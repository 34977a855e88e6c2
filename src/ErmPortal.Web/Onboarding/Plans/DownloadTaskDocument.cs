using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// The document a task asks to read, for those who see the task: read from the file store by the task's key, never
/// from a public folder, and always as a download with a type from a short list.
/// </summary>
public static class DownloadTaskDocument
{
    public record Query(int PlanId, int TaskId) : IRequest<Model>;

    public record Model(Stream Content, string ContentType, string FileName);

    private static readonly Dictionary<string, string> SafeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public class Handler(ErmDbContext db, PlanAccess access, ICurrentUser user, IFileStorage files) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var viewer = await access.RequireAsync(request.PlanId, PlanOperations.View, ct);
            var seesAll = await access.CanAsync(viewer, PlanOperations.ViewAll);
            var me = user.EmployeeId;
            var document = await db.Set<PlanTask>()
                .Where(t => t.Id == request.TaskId && t.PlanId == request.PlanId && t.DocumentKey != null && (seesAll || t.AssigneeId == me))
                .Select(t => new { t.DocumentKey, t.DocumentName }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var content = await files.OpenReadAsync(document.DocumentKey!, ct) ?? throw new NotFoundException();
            var extension = Path.GetExtension(document.DocumentKey!);
            var type = SafeTypes.GetValueOrDefault(extension, "application/octet-stream");
            var name = new string((document.DocumentName ?? "").Where(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' or ' ').ToArray()).Trim();
            return new Model(content, type, $"{(name.Length == 0 ? "document" : name)}{(SafeTypes.ContainsKey(extension) ? extension.ToLowerInvariant() : "")}");
        }
    }
}
