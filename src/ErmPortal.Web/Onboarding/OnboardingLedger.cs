using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Compensation.Statements;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding;

/// <summary>
/// Onboarding in the value ledger: the new colleagues a person was buddy to, by the year the plan began. The plan's
/// page is open to its buddy and HR, so the link is theirs; a buddy's manager may not be the new hire's.
/// </summary>
public class OnboardingLedger(ErmDbContext db) : ILedgerSource
{
    private static readonly LedgerKind Buddy = new("Buddy to new colleagues", LedgerSide.Given, LedgerFigure.Count, "bi-people", 70);

    public IReadOnlyList<LedgerKind> Kinds => [Buddy];

    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(LedgerScope scope, CancellationToken ct)
    {
        var plans = await db.Set<JourneyPlan>()
            .Where(p => p.BuddyId != null && p.Status != PlanStatus.Cancelled && p.AnchorDate >= scope.From && p.AnchorDate <= scope.To)
            .Join(scope.Members, p => p.BuddyId!.Value, m => m.EmployeeId, (p, m) => new { m.GroupId, p.AnchorDate.Year, p.Id })
            .GroupBy(p => new { p.GroupId, p.Year })
            .Select(g => new { g.Key.GroupId, g.Key.Year, Count = g.Count(), Latest = g.Max(p => p.Id) })
            .ToListAsync(ct);
        var linked = scope.PersonId is not null && (scope.IsOwn || scope.ViewerIsHr);
        return plans.Select(p => new LedgerLine(p.GroupId, p.Year, Buddy.Name, p.Count, p.Count, Link: linked ? $"/onboarding/plans/{p.Latest}" : null)).ToList();
    }
}
