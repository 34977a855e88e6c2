using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// A person takes back their own request or place, or HR removes someone's from a session's roster. A seat freed goes to
/// the first of the waiting list. A completed place is history and stays.
/// </summary>
public static class WithdrawPlace
{
    public record Command(int PlaceId) : ICommand;

    [RequireRole(Roles.Hr)]
    public record RemoveCommand(int SessionId, int PlaceId) : ICommand;

    public class Handler(ErmDbContext db, ICurrentUser user, SeatAllocator seats, PlaceNews news) : IRequestHandler<Command, Unit>, IRequestHandler<RemoveCommand, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var place = await db.Set<Enrolment>().FirstOrDefaultAsync(e => e.Id == request.PlaceId && e.EmployeeId == user.EmployeeId && Enrolment.Live.Contains(e.Status), ct)
                        ?? throw new NotFoundException();
            await seats.WithdrawAsync(place, ct);
            await news.WithdrawnAsync([place], byPerson: true, sessionCancelled: false, ct);
            return Unit.Value;
        }

        public async Task<Unit> Handle(RemoveCommand request, CancellationToken ct)
        {
            var place = await db.Set<Enrolment>().FirstOrDefaultAsync(e => e.Id == request.PlaceId && e.SessionId == request.SessionId
                            && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Waitlisted), ct)
                        ?? throw new NotFoundException();
            await seats.WithdrawAsync(place, ct);
            await news.WithdrawnAsync([place], byPerson: false, sessionCancelled: false, ct);
            return Unit.Value;
        }
    }
}
