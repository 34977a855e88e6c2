using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Compensation.Statements;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>
/// Recruitment in the value ledger: the interviews a person sat on as an interviewer, held (not cancelled) and over.
/// Their own interviews page is theirs alone, so only the person's own ledger links to it.
/// </summary>
public class RecruitmentLedger(ErmDbContext db) : ILedgerSource
{
    private static readonly LedgerKind Interviews = new("Interviews given", LedgerSide.Given, LedgerFigure.Count, "bi-person-workspace", 60);

    public IReadOnlyList<LedgerKind> Kinds => [Interviews];

    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(LedgerScope scope, CancellationToken ct)
    {
        var until = scope.ToUtc < DateTime.UtcNow ? scope.ToUtc : DateTime.UtcNow;
        var given = await db.Set<InterviewParticipant>()
            .Join(db.Set<Interview>(), p => p.InterviewId, i => i.Id, (p, i) => new { p.EmployeeId, i.Status, i.StartsAtUtc })
            .Where(x => x.Status == InterviewStatus.Scheduled && x.StartsAtUtc >= scope.FromUtc && x.StartsAtUtc < until)
            .Join(scope.Members, x => x.EmployeeId, m => m.EmployeeId, (x, m) => new { m.GroupId, x.StartsAtUtc.Year })
            .GroupBy(x => new { x.GroupId, x.Year })
            .Select(g => new { g.Key.GroupId, g.Key.Year, Count = g.Count() })
            .ToListAsync(ct);
        var link = scope.PersonId is not null && scope.IsOwn ? "/me/interviews" : null;
        return given.Select(g => new LedgerLine(g.GroupId, g.Year, Interviews.Name, g.Count, g.Count, Link: link)).ToList();
    }
}
