using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>More seats on a session (its edit form) move its waiting list up, in the same transaction as the edit.</summary>
public class FillSeatsWhenSessionGrows(SeatAllocator seats) : INotificationHandler<SessionSeatsAdded>
{
    public Task Handle(SessionSeatsAdded notification, CancellationToken ct) => seats.FillFreedSeatsAsync(notification.Session.Id, ct);
}

/// <summary>A cancelled session withdraws every live place on it, and each person is told.</summary>
public class WithdrawPlacesWhenSessionCancelled(ErmDbContext db, IClock clock, PlaceNews news) : INotificationHandler<SessionCancelled>
{
    public async Task Handle(SessionCancelled notification, CancellationToken ct)
    {
        var places = await db.Set<Enrolment>().Where(e => e.SessionId == notification.Session.Id && Enrolment.Live.Contains(e.Status)).ToListAsync(ct);
        if (places.Count == 0) return;
        foreach (var place in places) place.Withdraw(clock.UtcNow);
        notification.Session.TouchSeats();
        await db.SaveChangesAsync(ct);
        await news.WithdrawnAsync(places, byPerson: false, sessionCancelled: true, ct);
    }
}
