using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// Gives seats. Every change to who sits on a session touches the session's <see cref="CourseSession.SeatsVersion"/>, a
/// concurrency token: of two decisions that read the same free last seat, only the first saves, and the second reads the
/// seats again and puts its person on the waiting list. SQLite serialises writers anyway; PostgreSQL, at read committed,
/// does not, and this is what keeps the count true there.
/// </summary>
public class SeatAllocator(ErmDbContext db, IClock clock, PlaceNews news)
{
    private const int Attempts = 5;

    /// <summary>
    /// Seats the places in their order while seats are free, the rest on the waiting list; a place on a course without
    /// a session simply holds the course. All places are on the same session (or on none).
    /// </summary>
    public async Task PlaceAsync(IReadOnlyList<Enrolment> places, CancellationToken ct)
    {
        if (places.Count == 0) return;
        var now = clock.UtcNow;
        if (places[0].SessionId is not { } sessionId)
        {
            foreach (var place in places) place.Seat(now);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { throw DecidedMeanwhile(); }
            return;
        }
        await RetryOnSeatsChangedAsync(sessionId, async session =>
        {
            var ids = places.Select(p => p.Id).ToList();
            var seated = await SeatedAsync(sessionId, ids, ct);
            var free = WaitingList.FreeSeats(session.Capacity, seated);
            foreach (var (place, index) in places.Select((p, i) => (p, i)))
            {
                if (index < free) place.Seat(now);
                else place.Waitlist(now);
            }
            return true;
        }, ct);
    }

    /// <summary>
    /// Seats the first of the waiting list for every seat free now (after a withdrawal, a removal or more seats), and
    /// tells them. A session that has started or was called off keeps its list as it is.
    /// </summary>
    public async Task FillFreedSeatsAsync(int sessionId, CancellationToken ct)
    {
        var now = clock.UtcNow;
        List<Enrolment> promoted = [];
        await RetryOnSeatsChangedAsync(sessionId, async session =>
        {
            if (session.CancelledAtUtc is not null || session.StartsAtUtc <= now) return false;
            var seated = await SeatedAsync(sessionId, [], ct);
            var waiting = await db.Set<Enrolment>()
                .Where(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Waitlisted)
                .OrderBy(e => e.WaitlistedAtUtc).ThenBy(e => e.Id)
                .Take(WaitingList.FreeSeats(session.Capacity, seated))
                .ToListAsync(ct);
            promoted = WaitingList.ToSeat(session.Capacity, seated, waiting).ToList();
            foreach (var place in promoted) place.Seat(now);
            return promoted.Count > 0;
        }, ct);
        await news.SeatedFromWaitingListAsync(promoted, ct);
    }

    /// <summary>
    /// Withdraws a place (by the person, or HR removing it); a seat it held goes to the waiting list. Freeing a seat touches
    /// the seats too, so a decision that read the session as full while this ran reads it again.
    /// </summary>
    public async Task WithdrawAsync(Enrolment place, CancellationToken ct)
    {
        var freesSeat = place.Status == EnrolmentStatus.Enrolled && place.SessionId is not null;
        place.Withdraw(clock.UtcNow);
        if (!freesSeat)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await RetryOnSeatsChangedAsync(place.SessionId!.Value, _ => Task.FromResult(true), ct);
        await FillFreedSeatsAsync(place.SessionId.Value, ct);
    }

    /// <summary>Seated places on the session, apart from those being decided now.</summary>
    private Task<int> SeatedAsync(int sessionId, List<int> apart, CancellationToken ct) =>
        db.Set<Enrolment>().CountAsync(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Enrolled && !apart.Contains(e.Id), ct);

    /// <summary>
    /// Runs the decision, touches the seats and saves; when another decision saved the seats meanwhile, reads everything
    /// again and decides anew. A place changed by someone else (decided twice) is a conflict for the person to see.
    /// </summary>
    private async Task RetryOnSeatsChangedAsync(int sessionId, Func<CourseSession, Task<bool>> decide, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var session = await db.Set<CourseSession>().SingleAsync(s => s.Id == sessionId, ct);
            if (!await decide(session)) return;
            session.TouchSeats();
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException conflict) when (conflict.Entries.All(e => e.Entity is CourseSession) && attempt < Attempts)
            {
                // Only the session's seats moved: what the places hold now is ours to decide again.
                foreach (var entry in conflict.Entries) await entry.ReloadAsync(ct);
                foreach (var entry in db.ChangeTracker.Entries<Enrolment>().Where(e => e.State == EntityState.Modified && e.Entity.SessionId == sessionId
                             && e.Entity.Status == EnrolmentStatus.Enrolled && e.OriginalValues.GetValue<EnrolmentStatus>(nameof(Enrolment.Status)) == EnrolmentStatus.Waitlisted))
                    await entry.ReloadAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw DecidedMeanwhile();
            }
        }
    }

    private static ConcurrencyConflictException DecidedMeanwhile() =>
        new("This request was decided meanwhile. See where it stands now.");
}
