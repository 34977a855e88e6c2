using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// One proposal below a manager, with only what budgets and roll-ups need: <see cref="Head"/> is the manager's direct
/// report whose team the person is in.
/// </summary>
public record TeamProposal(int ProposalId, int EmployeeId, int Depth, int Head, long BudgetMinor, long RaiseAnnualMinor, bool IsDecided, ProposalStatus Status);

/// <summary>Budget figures of a set of proposals.</summary>
public record BudgetTotals(int People, int Decided, int Submitted, int Approved, long BudgetMinor, long ProposedMinor)
{
    public long RemainingMinor => BudgetMinor - ProposedMinor;
    public bool IsOverBudget => ProposedMinor > BudgetMinor;
    public int DecidedPercent => People == 0 ? 0 : 100 * Decided / People;

    public static BudgetTotals Of(IEnumerable<TeamProposal> proposals)
    {
        var list = proposals as IReadOnlyCollection<TeamProposal> ?? proposals.ToList();
        return new(list.Count, list.Count(p => p.IsDecided), list.Count(p => p.Status >= ProposalStatus.Submitted),
            list.Count(p => p.Status >= ProposalStatus.Approved), list.Sum(p => p.BudgetMinor), list.Sum(p => p.RaiseAnnualMinor));
    }
}

/// <summary>
/// A manager's budget in a cycle is the sum of the budget shares of everyone below them, so it rolls up: a skip-level
/// manager's budget holds each of their managers' budgets. One query reads the whole subtree's proposals.
/// </summary>
public static class TeamBudget
{
    /// <summary>Everyone below the manager in the cycle in the order the team's page lists them: direct reports first, then each level further down, by name.</summary>
    public static Task<List<TeamProposal>> BelowAsync(ErmDbContext db, int cycleId, int managerId, CancellationToken ct) =>
        (from p in db.Set<PayProposal>()
         join s in db.Below(managerId) on p.EmployeeId equals s.Id
         where p.CycleId == cycleId
         orderby s.Depth, p.Employee.LegalLastName, p.Employee.LegalFirstName, p.Id
         select new TeamProposal(p.Id, p.EmployeeId, s.Depth, s.Head, p.BudgetMinor, p.RaiseAnnualMinor, p.RaiseBasisPoints != null, p.Status))
        .ToListAsync(ct);

    /// <summary>
    /// For each direct report with people of their own in the cycle, the totals of everyone below them: the skip-level
    /// view of how each team is doing, whether or not the direct report is in the cycle themselves.
    /// </summary>
    public static IReadOnlyDictionary<int, BudgetTotals> SubTeams(IReadOnlyList<TeamProposal> proposals) =>
        proposals.Where(p => p.Depth > 1).GroupBy(p => p.Head).ToDictionary(team => team.Key, team => BudgetTotals.Of(team));
}
