using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Compensation.Statements;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>Careers in the value ledger: the promotions a person received, in force; their profile shows them in the job history.</summary>
public class OrganisationLedger(ErmDbContext db) : ILedgerSource
{
    private static readonly LedgerKind Promotions = new("Promotions", LedgerSide.Received, LedgerFigure.Count, "bi-arrow-up-circle", 60);

    public IReadOnlyList<LedgerKind> Kinds => [Promotions];

    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(LedgerScope scope, CancellationToken ct)
    {
        var promotions = await db.JobChanges
            .Where(j => j.Kind == JobChangeKind.Promotion && j.AppliedOn != null && j.EffectiveDate >= scope.From && j.EffectiveDate <= scope.To)
            .Join(scope.Members, j => j.EmployeeId, m => m.EmployeeId, (j, m) => new { m.GroupId, j.EffectiveDate.Year })
            .GroupBy(j => new { j.GroupId, j.Year })
            .Select(g => new { g.Key.GroupId, g.Key.Year, Count = g.Count() })
            .ToListAsync(ct);
        var link = scope.PersonId is { } person ? $"/employees/{person}" : null;
        return promotions.Select(p => new LedgerLine(p.GroupId, p.Year, Promotions.Name, p.Count, p.Count, Link: link)).ToList();
    }
}
