using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>HR puts an opening on the careers page, takes it off again, or closes it for good.</summary>
public static class ChangeOpeningStatus
{
    public enum Change { Publish, Unpublish, Close }

    [RequireRole(Roles.Hr)]
    public record Command(int Id, Change Change) : ICommand;

    public class Handler(ErmDbContext db, OpeningAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, OpeningOperations.Manage, ct);
            var opening = await db.Set<Opening>().FirstOrDefaultAsync(o => o.Id == request.Id, ct) ?? throw new NotFoundException();
            switch (request.Change)
            {
                case Change.Publish: opening.Publish(clock.UtcNow); break;
                case Change.Unpublish: opening.Unpublish(); break;
                default: opening.Close(clock.UtcNow); break;
            }
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
