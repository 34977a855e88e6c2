using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Recruitment.Privacy;

/// <summary>
/// Candidates who were not hired are not kept for ever: once every application of theirs ended longer ago than the
/// retention period, and they did not agree to the talent pool, their personal data is removed. Safe to run twice:
/// an anonymised candidate is not picked again.
/// </summary>
public class AnonymiseExpiredCandidatesJob(IMediator mediator) : IScheduledJob
{
    public static string Name => "anonymise-expired-candidates";
    public static TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // A batch per transaction, so SQLite's one writer is never held for long.
        while (await mediator.Send(new AnonymiseExpiredCandidates.Command(), cancellationToken) == AnonymiseExpiredCandidates.BatchSize) { }
    }
}

public static class AnonymiseExpiredCandidates
{
    public const int BatchSize = 200;

    /// <summary>Returns how many candidates were anonymised.</summary>
    public record Command : ICommand<int>;

    public class Handler(ErmDbContext db, IClock clock, IOptions<RecruitmentOptions> options) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var endedBefore = clock.UtcNow.AddMonths(-options.Value.RetentionMonths);
            var expired = await db.Set<Candidate>()
                .Where(c => c.AnonymisedAtUtc == null && c.TalentPoolConsentAtUtc == null && c.EmployeeId == null && c.Applications.Any()
                            && c.Applications.All(a => a.EndedAtUtc != null && a.EndedAtUtc < endedBefore
                                                       && (a.Stage.Kind == StageKind.Rejected || a.Stage.Kind == StageKind.Withdrawn)))
                .OrderBy(c => c.Id).Take(BatchSize)
                .Include(c => c.Applications).Include(c => c.Tags)
                .ToListAsync(ct);
            foreach (var candidate in expired) candidate.Anonymise(clock.UtcNow);
            return expired.Count;
        }
    }
}

/// <summary>
/// What the recruitment module itself keeps about an anonymised candidate: the timeline (notes, emails, moves with their
/// reasons), what interviewers wrote about them and their offer letters' own notes go in the same transaction, the CV
/// files once it has committed. Ratings, recommendations, offer figures and the reason an offer was declined stay,
/// without a person, for the analytics.
/// </summary>
public class ForgetCandidateRecords(ErmDbContext db, IFileStorage files, TransactionEffects effects) : INotificationHandler<CandidateAnonymised>
{
    public async Task Handle(CandidateAnonymised notification, CancellationToken cancellationToken)
    {
        var id = notification.Candidate.Id;
        await db.Set<TimelineEntry>().Where(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == id).ExecuteDeleteAsync(cancellationToken);
        var scorecards = db.Set<Scorecard>().Where(s => db.Set<JobApplication>().Any(a => a.Id == s.ApplicationId && a.CandidateId == id));
        await scorecards.ExecuteUpdateAsync(s => s.SetProperty(c => c.Summary, (string?)null), cancellationToken);
        await db.Set<ScorecardRating>().Where(r => scorecards.Any(s => s.Id == r.ScorecardId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Note, (string?)null), cancellationToken);
        await db.Set<Offer>().Where(o => o.Application.CandidateId == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Note, (string?)null), cancellationToken);
        foreach (var key in notification.CvFileKeys)
            effects.AfterCommit(ct => files.DeleteAsync(key, ct));
    }
}
