using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Recruitment.TalentPool;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Scoring;

/// <summary>
/// Works out the score of many applications at once, in two queries whatever their number: one for what each
/// application brings (skills, source, its submitted scorecards), one for every source's track record, which reads every
/// ended application in the portal and so is kept until an application or a stage is written. Shown only to
/// those who may read every scorecard (HR and the hiring manager): the scorecards' part of it would otherwise tell an
/// interviewer what the others wrote before they submit their own.
/// </summary>
public class CandidateScores(ErmDbContext db, KeptResults kept)
{
    private record SourceRecord(CandidateSource Source, int Ended, int Hires);

    public async Task<IReadOnlyDictionary<int, CandidateScore>> OfAsync(IQueryable<JobApplication> applications, CancellationToken cancellationToken)
    {
        var inputs = await applications
            .Select(a => new
            {
                a.Id, a.Source, a.Candidate.Skills, a.Opening.RequiredSkills,
                Scorecards = db.Set<Scorecard>().Count(s => s.ApplicationId == a.Id && s.SubmittedAtUtc != null),
                Average = db.Set<ScorecardRating>()
                    .Where(r => r.Rating != null && db.Set<Scorecard>().Any(s => s.Id == r.ScorecardId && s.ApplicationId == a.Id && s.SubmittedAtUtc != null))
                    .Average(r => (double?)r.Rating),
            })
            .ToListAsync(cancellationToken);
        if (inputs.Count == 0) return new Dictionary<int, CandidateScore>();

        var sources = await kept.GetAsync(nameof(SourceRecord), ["JobApplications", "OpeningStages"], TrackRecordsAsync, cancellationToken);
        var ended = sources.Sum(s => s.Ended);
        var overall = ended == 0 ? 0 : (double)sources.Sum(s => s.Hires) / ended;

        return inputs.ToDictionary(i => i.Id, i =>
        {
            var source = sources.FirstOrDefault(s => s.Source == i.Source);
            return CandidateScoring.Score(new ScoreInputs(TalentMatching.Required(i.RequiredSkills), i.Skills, i.Scorecards, i.Average, i.Source,
                source?.Ended ?? 0, source is null || source.Ended == 0 ? 0 : (double)source.Hires / source.Ended, overall));
        });
    }

    /// <summary>Each source's track record: of the applications that have ended, how many ended in a hire.</summary>
    private Task<List<SourceRecord>> TrackRecordsAsync(CancellationToken cancellationToken) =>
        db.Set<JobApplication>().Where(a => a.EndedAtUtc != null).GroupBy(a => a.Source)
            .Select(g => new SourceRecord(g.Key, g.Count(), g.Count(a => a.Stage.Kind == StageKind.Hired)))
            .ToListAsync(cancellationToken);
}
