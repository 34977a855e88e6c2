using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// A person's own places: coming ones (seated, or where they stand on the waiting list), requests waiting and for whom,
/// declined ones with the reason, and what is past.
/// </summary>
public static class GetMyLearning
{
    /// <summary>The latest past places; the whole history of what was completed is on the records page.</summary>
    public const int PastShown = 10;

    public record Query : IRequest<Model>;

    public record Place(int Id, int CourseId, string Course, CourseFormat Format, EnrolmentStatus Status, int? SessionId, DateTime? StartsAtUtc, DateTime? EndsAtUtc,
        string? TimeZoneId, string? Venue, string? Link, DateTime RequestedAtUtc, bool Assigned, DateOnly? DueOn, string? Decider, string? DecisionReason,
        DateTime? DecidedAtUtc, int WaitingAhead)
    {
        public int WaitingPosition => WaitingAhead + 1;

        /// <summary>A request, or a place on a course still to come.</summary>
        public bool CanWithdraw { get; init; }
    }

    public record Model(IReadOnlyList<Place> Coming, IReadOnlyList<Place> Requested, IReadOnlyList<Place> Declined, IReadOnlyList<Place> Past)
    {
        public bool IsEmpty => Coming.Count + Requested.Count + Declined.Count + Past.Count == 0;
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return new Model([], [], [], []);
            var now = clock.UtcNow;
            var places = await db.Set<Enrolment>().Where(e => e.EmployeeId == me)
                .OrderByDescending(e => e.RequestedAtUtc).ThenByDescending(e => e.Id)
                .Select(e => new Place(e.Id, e.CourseId, e.Course.Title, e.Course.Format, e.Status, e.SessionId,
                    e.Session == null ? null : e.Session.StartsAtUtc, e.Session == null ? null : e.Session.EndsAtUtc, e.Session == null ? null : e.Session.TimeZoneId,
                    e.Session == null ? null : e.Session.Place, e.Session == null ? null : e.Session.Link, e.RequestedAtUtc, e.AssignedByUserId != null, e.DueOn,
                    e.Employee.Manager == null ? null : (e.Employee.Manager.PreferredName ?? e.Employee.Manager.LegalFirstName) + " " + e.Employee.Manager.LegalLastName,
                    e.DecisionReason, e.DecidedAtUtc,
                    e.Status != EnrolmentStatus.Waitlisted ? 0 : db.Set<Enrolment>().Count(w => w.SessionId == e.SessionId && w.Status == EnrolmentStatus.Waitlisted
                        && (w.WaitlistedAtUtc < e.WaitlistedAtUtc || (w.WaitlistedAtUtc == e.WaitlistedAtUtc && w.Id < e.Id)))))
                .ToListAsync(ct);
            bool IsComing(Place p) => p.StartsAtUtc is null || p.EndsAtUtc > now;
            var coming = places.Where(p => p.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted && IsComing(p))
                .OrderBy(p => p.StartsAtUtc ?? DateTime.MaxValue).Select(p => p with { CanWithdraw = true }).ToList();
            var requested = places.Where(p => p.Status == EnrolmentStatus.Requested).Select(p => p with { CanWithdraw = true }).ToList();
            var declined = places.Where(p => p.Status == EnrolmentStatus.Declined).ToList();
            var past = places.Where(p => !(p.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted && IsComing(p))
                    && p.Status is not (EnrolmentStatus.Requested or EnrolmentStatus.Declined)).Take(PastShown).ToList();
            return new Model(coming, requested, declined, past);
        }
    }
}
