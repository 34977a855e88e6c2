using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Onboarding.Templates;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>The document a task asks to read, for those who see the task.</summary>
public static class DownloadTaskDocument
{
    public record Query(int PlanId, int TaskId) : IRequest<DocumentDownload>;

    public class Handler(ErmDbContext db, PlanAccess access, ICurrentUser user, IFileStorage files) : IRequestHandler<Query, DocumentDownload>
    {
        public async Task<DocumentDownload> Handle(Query request, CancellationToken ct)
        {
            var viewer = await access.RequireAsync(request.PlanId, PlanOperations.View, ct);
            var seesAll = await access.CanAsync(viewer, PlanOperations.ViewAll);
            var me = user.EmployeeId;
            var document = await db.Set<PlanTask>()
                .Where(t => t.Id == request.TaskId && t.PlanId == request.PlanId && t.DocumentKey != null && (seesAll || t.AssigneeId == me))
                .Select(t => new { t.DocumentKey, t.DocumentName }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return await DocumentDownload.OpenAsync(files, document.DocumentKey!, document.DocumentName, ct);
        }
    }
}
