using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>
/// HR retires a template so no new plan starts from it, or brings it back. Plans made from it keep their version
/// either way; nothing is deleted, so the history of what people were asked to do stays.
/// </summary>
public static class ArchiveTemplate
{
    [RequireRole(Roles.Hr)]
    public record Command(int Id, bool Archive) : ICommand;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var template = await db.Set<JourneyTemplate>().FirstOrDefaultAsync(t => t.Id == request.Id, ct) ?? throw new NotFoundException();
            // Archiving twice keeps the first date: that is when it stopped being offered.
            if (request.Archive) template.ArchivedAtUtc ??= clock.UtcNow;
            else template.ArchivedAtUtc = null;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
