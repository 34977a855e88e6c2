using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// Either of the two marks an action item done, from the meeting it was agreed in or a later one it was carried to
/// (so only items of the same two people's meetings), or opens it again.
/// </summary>
public static class CompleteActionItem
{
    public record Command(int MeetingId, int ActionItemId, bool Done) : ICommand;

    public class Handler(ErmDbContext db, OneOnOneAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var meeting = await access.OpenAsync(request.MeetingId, ct);
            var item = await db.Set<OneOnOneActionItem>()
                           .FirstOrDefaultAsync(a => a.Id == request.ActionItemId
                                                     && a.Meeting.ManagerId == meeting.ManagerId && a.Meeting.EmployeeId == meeting.EmployeeId, ct)
                       ?? throw new NotFoundException();
            item.DoneAtUtc = request.Done ? item.DoneAtUtc ?? clock.UtcNow : null;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
