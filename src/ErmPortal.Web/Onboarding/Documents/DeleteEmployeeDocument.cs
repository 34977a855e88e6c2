using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>HR removes a document kept by mistake or no longer needed; the file goes once the removal is committed.</summary>
public static class DeleteEmployeeDocument
{
    public record Command(int Id, int DocumentId) : ICommand;

    public class Handler(ErmDbContext db, DocumentAccess access, IFileStorage storage, TransactionEffects effects) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, DocumentOperations.Manage, ct);
            var document = await db.Set<EmployeeDocument>().FirstOrDefaultAsync(d => d.Id == request.DocumentId && d.EmployeeId == request.Id, ct)
                           ?? throw new NotFoundException();
            db.Remove(document);
            await db.SaveChangesAsync(ct);
            var key = document.FileKey;
            effects.AfterCommit(cancellationToken => storage.DeleteAsync(key, cancellationToken));
            return Unit.Value;
        }
    }
}
