using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// An application's interviews and the scorecards the viewer may read (<see cref="ScorecardReader"/>): the average of
/// each criterion and the recommendations, then each scorecard. Those still hidden from an interviewer are counted, so
/// they know there is something to read once theirs is in.
/// </summary>
public static class GetScorecards
{
    public record Query(int ApplicationId) : IRequest<Model>;

    public record InterviewLine(int Id, DateTime StartsAtUtc, int DurationMinutes, string? Place, string? VideoLink, bool Cancelled,
        IReadOnlyList<string> Interviewers, bool OnPanel);

    public record RatingLine(string Criterion, int? Rating, string? Note);

    public record ScorecardLine(int InterviewId, int InterviewerId, string Interviewer, Recommendation? Recommendation, string? Summary,
        DateTime? SubmittedAtUtc, IReadOnlyList<RatingLine> Ratings);

    public record CriterionAverage(string Criterion, decimal Average, int Count);

    public record Model(ApplicationHeading Application, bool CanSchedule, IReadOnlyList<InterviewLine> Interviews, IReadOnlyList<ScorecardLine> Scorecards,
        IReadOnlyList<CriterionAverage> Averages, IReadOnlyDictionary<Recommendation, int> Recommendations, int HiddenCount, bool MustSubmitFirst);

    public class Handler(ErmDbContext db, OpeningAccess access, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var application = await ApplicationHeading.LoadAsync(db, request.ApplicationId, ct);
            var opening = await access.RequireAsync(application.OpeningId, OpeningOperations.ViewCandidates, ct);
            var me = user.EmployeeId ?? 0;
            var deciders = opening.Is(OpeningRelation.Recruiter | OpeningRelation.HiringManager);
            var ofApplication = db.Set<Scorecard>().Where(s => s.ApplicationId == request.ApplicationId);
            var submittedOwn = !deciders && await ofApplication.AnyAsync(s => s.InterviewerId == me && s.SubmittedAtUtc != null, ct);
            var reader = new ScorecardReader(me, deciders, submittedOwn);

            var interviews = await db.Set<Interview>().Where(i => i.ApplicationId == request.ApplicationId).OrderBy(i => i.StartsAtUtc)
                .Select(i => new InterviewLine(i.Id, i.StartsAtUtc, i.DurationMinutes, i.Place, i.VideoLink, i.Status == InterviewStatus.Cancelled,
                    i.Interviewers.Select(p => (p.Employee.PreferredName ?? p.Employee.LegalFirstName) + " " + p.Employee.LegalLastName).ToList(),
                    i.Interviewers.Any(p => p.EmployeeId == me)))
                .ToListAsync(ct);
            var scorecards = await ofApplication.Where(reader.Visible()).OrderBy(s => s.SubmittedAtUtc == null).ThenBy(s => s.SubmittedAtUtc)
                .Select(s => new ScorecardLine(s.InterviewId, s.InterviewerId,
                    (s.Interviewer.PreferredName ?? s.Interviewer.LegalFirstName) + " " + s.Interviewer.LegalLastName,
                    s.Recommendation, s.Summary, s.SubmittedAtUtc,
                    s.Ratings.OrderBy(r => r.Order).Select(r => new RatingLine(r.Criterion, r.Rating, r.Note)).ToList()))
                .ToListAsync(ct);
            var hidden = await ofApplication.CountAsync(s => s.SubmittedAtUtc != null, ct) - scorecards.Count(s => s.SubmittedAtUtc != null);

            var submitted = scorecards.Where(s => s.SubmittedAtUtc is not null).ToList();
            var averages = submitted.SelectMany(s => s.Ratings).Where(r => r.Rating is not null).GroupBy(r => r.Criterion)
                .Select(g => new CriterionAverage(g.Key, Math.Round((decimal)g.Average(r => r.Rating!.Value), 1), g.Count())).ToList();
            var recommendations = submitted.Where(s => s.Recommendation is not null).GroupBy(s => s.Recommendation!.Value)
                .ToDictionary(g => g.Key, g => g.Count());
            var onAnyPanel = interviews.Any(i => i.OnPanel && !i.Cancelled);
            return new Model(application, deciders && application.IsActive, interviews, scorecards, averages, recommendations, hidden,
                MustSubmitFirst: !deciders && !submittedOwn && onAnyPanel);
        }
    }
}
