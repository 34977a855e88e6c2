using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>
/// HR's view of a cycle's 360° feedback: the average per competency of the answers a filter selects (the reviewed
/// people's department, the peers' relationship to them), once answers are settled. Only reviews with at least three
/// answers count, so this view says nothing a review's own page does not. A selection is shown only where
/// <see cref="PeerFeedbackGroups"/> allows it: no selection, nor any difference of selections, can single anyone out.
/// </summary>
public static class GetCycleFeedback
{
    public record Query(int CycleId, int? DepartmentId = null, PeerRelationship? Relationship = null) : IRequest<Page>;

    public record Department(int Id, string Name);

    public record Page(int CycleId, string Cycle, bool Settled, int Answers, int? DepartmentId, PeerRelationship? Relationship,
        IReadOnlyList<Department> Departments, int? Shown, IReadOnlyList<GetFeedbackSummary.Average> Averages);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct)
        {
            var cycle = await db.Set<ReviewCycle>().Where(c => c.Id == request.CycleId && c.IncludesPeerFeedback)
                .Select(c => new { c.Name, c.Phase }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var counted = Counted(db, request.CycleId);
            var cells = await counted.GroupBy(a => new { a.DepartmentId, a.Relationship })
                .Select(g => new PeerFeedbackGroups.Cell(g.Key.DepartmentId, g.Key.Relationship, g.Count())).ToListAsync(ct);
            var departments = await db.Departments.Where(d => db.Set<Review>().Any(r => r.CycleId == request.CycleId && r.DepartmentId == d.Id))
                .OrderBy(d => d.Name).Select(d => new Department(d.Id, d.Name)).ToListAsync(ct);
            var settled = PeerFeedbackRules.AnswersAreSettled(cycle.Phase);
            var groups = new PeerFeedbackGroups(cells);
            var shown = settled && groups.IsShown(request.DepartmentId, request.Relationship);
            IReadOnlyList<GetFeedbackSummary.Average> averages = [];
            if (shown)
            {
                var selected = counted.Where(a => (request.DepartmentId == null || a.DepartmentId == request.DepartmentId)
                                                  && (request.Relationship == null || a.Relationship == request.Relationship)).Select(a => a.Id);
                averages = await GetFeedbackSummary.AveragesAsync(db, selected, ct);
            }
            return new Page(request.CycleId, cycle.Name, settled, groups.Total, request.DepartmentId, request.Relationship, departments,
                shown ? groups.Count(request.DepartmentId, request.Relationship) : null, averages);
        }

        /// <summary>The cycle's answers that count: those of reviews with at least three, with the reviewed person's department.</summary>
        private static IQueryable<CountedAnswer> Counted(ErmDbContext db, int cycleId) =>
            db.Set<PeerFeedbackAnswer>()
                .Join(db.Set<Review>().Where(r => r.CycleId == cycleId), a => a.ReviewId, r => r.Id, (a, r) => new { a, r.DepartmentId })
                .Where(x => db.Set<PeerFeedbackAnswer>().Count(b => b.ReviewId == x.a.ReviewId) >= PeerFeedbackRules.MinimumAnswers)
                .Select(x => new CountedAnswer { Id = x.a.Id, DepartmentId = x.DepartmentId, Relationship = x.a.Relationship });

        private class CountedAnswer
        {
            public Guid Id { get; init; }
            public int DepartmentId { get; init; }
            public PeerRelationship Relationship { get; init; }
        }
    }
}

/// <summary>
/// Which selections of a cycle's answers may be shown. The answers fall into cells (department × relationship); a
/// selection is a union of cells. Showing a selection of at least three with a rest of zero or at least three is not
/// enough: the differences of several shown selections can still isolate a small cell (the whole of a relationship
/// minus two departments' shares leaves the third's). So:
/// - when every cell has zero or at least three answers, any selection of at least three is shown (whatever is
///   combined, the smallest thing left is a whole cell);
/// - otherwise no relationship filter is shown, and a department only when every department has zero or at least three
///   (the departments then partition the answers into safe parts); the whole cycle when it has at least three.
/// Either way every selection shown has at least three answers and, against every wider selection, a rest of zero or at least three.
/// </summary>
public class PeerFeedbackGroups(IReadOnlyList<PeerFeedbackGroups.Cell> cells)
{
    public record Cell(int DepartmentId, PeerRelationship Relationship, int Count);

    private static bool Safe(int count) => count == 0 || count >= PeerFeedbackRules.MinimumAnswers;

    public int Total => cells.Sum(c => c.Count);

    public int Count(int? departmentId, PeerRelationship? relationship) =>
        cells.Where(c => (departmentId == null || c.DepartmentId == departmentId) && (relationship == null || c.Relationship == relationship)).Sum(c => c.Count);

    public bool IsShown(int? departmentId, PeerRelationship? relationship)
    {
        if (Count(departmentId, relationship) < PeerFeedbackRules.MinimumAnswers) return false;
        if (cells.All(c => Safe(c.Count))) return true;
        if (relationship is not null) return false;
        return departmentId is null || cells.GroupBy(c => c.DepartmentId).All(d => Safe(d.Sum(c => c.Count)));
    }
}
