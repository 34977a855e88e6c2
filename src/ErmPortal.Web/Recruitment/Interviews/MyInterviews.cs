using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>One interview on the viewer's panel, with where their own scorecard stands. Properties rather than a constructor, so that queries can still filter and sort on them.</summary>
public record MyInterviewLine
{
    public int Id { get; init; }
    public int ApplicationId { get; init; }
    public DateTime StartsAtUtc { get; init; }
    public int DurationMinutes { get; init; }
    public string Candidate { get; init; } = "";
    public string Opening { get; init; } = "";
    public string? Place { get; init; }
    public string? VideoLink { get; init; }
    public bool Cancelled { get; init; }
    public bool HasScorecard { get; init; }
    public bool Submitted { get; init; }

    /// <summary>It has started, went ahead, and the viewer's judgement is still missing.</summary>
    public bool ScorecardDue(DateTime nowUtc) => !Cancelled && !Submitted && StartsAtUtc <= nowUtc;
}

/// <summary>The interviews the viewer is on the panel of, read from their own panel seats so only theirs are touched.</summary>
public static class MyInterviewLines
{
    public static IQueryable<MyInterviewLine> Of(ErmDbContext db, int me) =>
        from seat in db.Set<InterviewParticipant>()
        where seat.EmployeeId == me
        join i in db.Set<Interview>() on seat.InterviewId equals i.Id
        select new MyInterviewLine
        {
            Id = i.Id, ApplicationId = i.ApplicationId, StartsAtUtc = i.StartsAtUtc, DurationMinutes = i.DurationMinutes,
            Candidate = i.Application.Candidate.FirstName + " " + i.Application.Candidate.LastName, Opening = i.Application.Opening.Title,
            Place = i.Place, VideoLink = i.VideoLink, Cancelled = i.Status == InterviewStatus.Cancelled,
            HasScorecard = db.Set<Scorecard>().Any(s => s.InterviewId == i.Id && s.InterviewerId == me),
            Submitted = db.Set<Scorecard>().Any(s => s.InterviewId == i.Id && s.InterviewerId == me && s.SubmittedAtUtc != null),
        };
}

/// <summary>
/// The viewer's own interviews: those to come, soonest first (called-off ones stay listed so nobody goes to a meeting
/// that will not happen), and those held, latest first, with the scorecards still to submit.
/// </summary>
public static class MyInterviews
{
    public const int PastShown = 50;

    public record Query : IRequest<Model>;

    public record Model(IReadOnlyList<MyInterviewLine> Upcoming, IReadOnlyList<MyInterviewLine> Past, DateTime NowUtc);

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var now = clock.UtcNow;
            var mine = MyInterviewLines.Of(db, user.EmployeeId ?? 0);
            var upcoming = await mine.Where(i => i.StartsAtUtc > now).OrderBy(i => i.StartsAtUtc).ToListAsync(ct);
            var past = await mine.Where(i => i.StartsAtUtc <= now && !i.Cancelled).OrderByDescending(i => i.StartsAtUtc).Take(PastShown).ToListAsync(ct);
            return new Model(upcoming, past, now);
        }
    }
}
