using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Recruitment.Scoring;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// An opening's candidates as a board, a column per stage in the opening's order, for its hiring team (anyone else is
/// told it does not exist). Each column shows its longest-waiting cards and how many it holds; the rest are on the
/// column's own pages (<see cref="Query.Stage"/>). The page is bounded whatever the number of candidates, and read in
/// as many queries for 500 as for one.
/// </summary>
public static class GetPipelineBoard
{
    /// <summary>Cards shown in a column of the board.</summary>
    public const int ColumnLimit = 20;

    /// <summary>Cards on one page of a column shown on its own.</summary>
    public const int ColumnPageSize = 50;

    public record Query(int Id) : IRequest<Model>
    {
        /// <summary>The stage whose column is shown on its own, a page at a time.</summary>
        public int? Stage { get; init; }

        public int Page { get; init; } = 1;
    }

    public record Stage(int Id, string Name, StageKind Kind)
    {
        /// <summary>Cards in a stage that ends the application stay there: a hire and a withdrawal happen elsewhere.</summary>
        public bool CanLeave => Kind is not (StageKind.Hired or StageKind.Withdrawn);

        /// <summary>The stages whose cards may be ticked for rejection.</summary>
        public bool CanReject => !Kind.IsFinal();
    }

    public record Card(int ApplicationId, int CandidateId, string Name, int StageId, DateTime StageEnteredAtUtc, bool Internal, Guid Version)
    {
        public int DaysInStage { get; init; }
        /// <summary>For those who may move candidates (and so read every scorecard); none for an interviewer.</summary>
        public int? Score { get; init; }
    }

    public record Column(Stage Stage, IReadOnlyList<Card> Cards, int Count);

    /// <param name="ColumnPage">On a column's own pages: which page of it this is; none on the board.</param>
    public record Model(int OpeningId, string Title, IReadOnlyList<Column> Columns, bool CanMove, int Total, IPage? ColumnPage);

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
            var visible = visibility.Visible(db.Set<JobApplication>().Where(a => a.OpeningId == request.Id));
            var counts = await visible.GroupBy(a => a.StageId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var total = counts.Values.Sum();

            IQueryable<JobApplication> shown;
            var pageNumber = 1;
            if (request.Stage is { } stageId)
            {
                stages = [stages.FirstOrDefault(s => s.Id == stageId) ?? throw new NotFoundException()];
                pageNumber = Math.Clamp(request.Page, 1, Math.Max(1, (counts.GetValueOrDefault(stageId) + ColumnPageSize - 1) / ColumnPageSize));
                shown = visible.Where(a => a.StageId == stageId).OrderBy(a => a.StageEnteredAtUtc).ThenBy(a => a.Id)
                    .Skip((pageNumber - 1) * ColumnPageSize).Take(ColumnPageSize);
            }
            else
                // Every column's longest waiting (they wait for a decision) in one query, a window over the (opening, stage, entered) index.
                shown = db.Set<OpeningStage>().Where(s => s.OpeningId == request.Id)
                    .SelectMany(s => visible.Where(a => a.StageId == s.Id).OrderBy(a => a.StageEnteredAtUtc).ThenBy(a => a.Id).Take(ColumnLimit));

            var cards = await shown
                .Select(a => new Card(a.Id, a.CandidateId, a.Candidate.FirstName + " " + a.Candidate.LastName, a.StageId, a.StageEnteredAtUtc,
                    a.IsInternal || a.Candidate.EmployeeId != null, a.Version))
                .ToListAsync(ct);
            var ids = cards.Select(c => c.ApplicationId).ToList();
            var scored = canMove && ids.Count > 0 ? await scores.OfAsync(db.Set<JobApplication>().Where(a => ids.Contains(a.Id)), ct) : null;
            var today = clock.UtcNow;
            var byStage = cards
                .Select(c => c with { DaysInStage = (int)(today - c.StageEnteredAtUtc).TotalDays, Score = scored?.GetValueOrDefault(c.ApplicationId)?.Value })
                .OrderBy(c => c.StageEnteredAtUtc).ThenBy(c => c.ApplicationId)
                .ToLookup(c => c.StageId);
            var columns = stages.Select(s => new Column(s, byStage[s.Id].ToList(), counts.GetValueOrDefault(s.Id))).ToList();
            var page = request.Stage is null ? null : new Page<Card>(columns[0].Cards, pageNumber, ColumnPageSize, columns[0].Count);
            return new Model(request.Id, title, columns, canMove, total, page);
        }
    }
}
