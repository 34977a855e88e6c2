using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Recruitment.Scoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// An opening's candidates as a board, a column per stage in the opening's order, for its hiring team (anyone else is
/// told it does not exist). The cards are read in one query however many there are; a long column shows its
/// longest-waiting cards first and the rest on request, so a page of 500 candidates stays light.
/// </summary>
public static class GetPipelineBoard
{
    /// <summary>Cards shown in a column before "show all".</summary>
    public const int ColumnLimit = 50;

    public record Query(int Id) : IRequest<Model>
    {
        /// <summary>The stage whose column is shown whole.</summary>
        public int? Expand { get; init; }
    }

    public record Stage(int Id, string Name, StageKind Kind);

    public record Card(int ApplicationId, int CandidateId, string Name, int StageId, DateTime StageEnteredAtUtc, bool Internal, Guid Version)
    {
        public int DaysInStage { get; init; }
        /// <summary>For those who may move candidates (and so read every scorecard); none for an interviewer.</summary>
        public CandidateScore? Score { get; init; }
    }

    public record Column(Stage Stage, IReadOnlyList<Card> Cards, int Count);

    public record Model(int OpeningId, string Title, IReadOnlyList<Column> Columns, bool CanMove, int? Expanded)
    {
        /// <summary>The stages a card may be moved to by hand: a hire and a withdrawal happen elsewhere.</summary>
        public IEnumerable<Stage> Targets => Columns.Select(c => c.Stage).Where(s => s.Kind is not (StageKind.Hired or StageKind.Withdrawn));

        public int Total => Columns.Sum(c => c.Count);
    }

    public class Handler(ErmDbContext db, OpeningAccess access, ApplicationVisibility visibility, CandidateScores scores, IClock clock)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var opening = await access.RequireAsync(request.Id, OpeningOperations.ViewCandidates, ct);
            var canMove = await access.CanAsync(opening, OpeningOperations.MoveCandidates);
            var title = await db.Set<Opening>().Where(o => o.Id == request.Id).Select(o => o.Title).FirstAsync(ct);
            var stages = await db.Set<OpeningStage>().Where(s => s.OpeningId == request.Id).OrderBy(s => s.Order)
                .Select(s => new Stage(s.Id, s.Name, s.Kind)).ToListAsync(ct);
            // The longest in a stage first (they wait for a decision), in the order of the (opening, stage, entered) index.
            var cards = await visibility.Visible(db.Set<JobApplication>().Where(a => a.OpeningId == request.Id))
                .OrderBy(a => a.StageId).ThenBy(a => a.StageEnteredAtUtc).ThenBy(a => a.Id)
                .Select(a => new Card(a.Id, a.CandidateId, a.Candidate.FirstName + " " + a.Candidate.LastName, a.StageId, a.StageEnteredAtUtc,
                    a.IsInternal || a.Candidate.EmployeeId != null, a.Version))
                .ToListAsync(ct);
            var scored = canMove ? await scores.OfAsync(visibility.Visible(db.Set<JobApplication>().Where(a => a.OpeningId == request.Id)), ct) : null;
            var today = clock.UtcNow;
            var byStage = cards.Select(c => c with { DaysInStage = (int)(today - c.StageEnteredAtUtc).TotalDays, Score = scored?.GetValueOrDefault(c.ApplicationId) })
                .ToLookup(c => c.StageId);
            var columns = stages.Select(s =>
            {
                var inStage = byStage[s.Id].ToList();
                return new Column(s, request.Expand == s.Id ? inStage : inStage.Take(ColumnLimit).ToList(), inStage.Count);
            }).ToList();
            return new Model(request.Id, title, columns, canMove, request.Expand);
        }
    }
}
