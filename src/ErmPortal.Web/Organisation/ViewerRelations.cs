using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// How the signed-in viewer stands to people: self, direct manager, further up the manager chain, HR, Admin, a
/// colleague, or nobody. The one place every module's authorization handlers take the relation from. One query
/// answers for one person or a whole page of them, and answers are kept for the rest of the request (the service is
/// scoped), so a page that asks about the same person in several sections walks the reporting line once.
/// </summary>
public class ViewerRelations(ICurrentUser viewer, ReportingLines reportingLines)
{
    private readonly Dictionary<int, EmployeeRelation> _resolved = [];

    public async Task<EmployeeRelation> OfAsync(int employeeId, CancellationToken cancellationToken) =>
        (await OfManyAsync([employeeId], cancellationToken))[employeeId];

    /// <summary>The relation to each of the people, in at most one query for those not yet resolved in this request.</summary>
    public async Task<IReadOnlyDictionary<int, EmployeeRelation>> OfManyAsync(IReadOnlyCollection<int> employeeIds, CancellationToken cancellationToken)
    {
        var unresolved = employeeIds.Where(id => !_resolved.ContainsKey(id)).Distinct().ToList();
        if (unresolved.Count > 0)
        {
            // Without an employee record of their own, the viewer manages nobody: no walk is needed.
            var reach = viewer.EmployeeId is { } me && viewer.IsAuthenticated
                ? await reportingLines.ReachOfAsync(me, unresolved, cancellationToken)
                : new Dictionary<int, int>();
            foreach (var id in unresolved)
            {
                var relation = FromSignIn(id);
                if (reach.TryGetValue(id, out var levels))
                    relation |= EmployeeRelation.ManagerChain | (levels == 1 ? EmployeeRelation.DirectManager : EmployeeRelation.None);
                _resolved[id] = relation;
            }
        }
        return employeeIds.Distinct().ToDictionary(id => id, id => _resolved[id]);
    }

    /// <summary>
    /// What the sign-in alone tells, without the reporting line: self, HR, Admin, colleague. Enough for what every
    /// colleague may see (a photo, a card), so a directory page of 24 photos walks no reporting line at all.
    /// </summary>
    public EmployeeRelation FromSignIn(int employeeId)
    {
        if (!viewer.IsAuthenticated) return EmployeeRelation.None;
        var relation = EmployeeRelation.Peer;
        if (viewer.EmployeeId == employeeId) relation |= EmployeeRelation.Self;
        if (viewer.IsInRole(Roles.Hr)) relation |= EmployeeRelation.Hr;
        if (viewer.IsInRole(Roles.Admin)) relation |= EmployeeRelation.Admin;
        return relation;
    }
}
