using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>One proposal below a manager, with only what budgets and roll-ups need.</summary>
public record TeamProposal(int ProposalId, int EmployeeId, int? ManagerId, int Depth, long BudgetMinor, long RaiseAnnualMinor, bool IsDecided, ProposalStatus Status);

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
         select new TeamProposal(p.Id, p.EmployeeId, p.Employee.ManagerId, s.Depth, p.BudgetMinor, p.RaiseAnnualMinor, p.RaiseBasisPoints != null, p.Status))
        .ToListAsync(ct);

    /// <summary>
    /// For each direct report who manages people in the cycle, the totals of everyone below them: the skip-level view of
    /// how each team is doing.
    /// </summary>
    public static IReadOnlyDictionary<int, BudgetTotals> SubTeams(IReadOnlyList<TeamProposal> proposals)
    {
        var managerOf = proposals.ToDictionary(p => p.EmployeeId, p => p.ManagerId);
        var directReports = proposals.Where(p => p.Depth == 1).Select(p => p.EmployeeId).ToHashSet();
        var byTeam = new Dictionary<int, List<TeamProposal>>();
        foreach (var proposal in proposals.Where(p => p.Depth > 1))
        {
            // Walk up to the direct report this person sits under; people whose line passes outside the cycle are skipped.
            int? step = proposal.ManagerId;
            for (var guard = 0; step is { } s && !directReports.Contains(s) && guard < 64; guard++)
                step = managerOf.TryGetValue(s, out var up) ? up : null;
            if (step is { } head && directReports.Contains(head))
                (byTeam.TryGetValue(head, out var list) ? list : byTeam[head] = []).Add(proposal);
        }
        return byTeam.ToDictionary(t => t.Key, t => BudgetTotals.Of(t.Value));
    }
}
