using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// Who works on whose raise: the managers above a person and HR propose it; nobody proposes their own. A team's page
/// is its manager's, the managers above them (skip-level roll-up) and HR's.
/// </summary>
public class ProposalAccess(ViewerRelations relations, ICurrentUser user)
{
    public static bool MayPropose(EmployeeRelation relation) =>
        !relation.HasFlag(EmployeeRelation.Self) && (relation.HasFlag(EmployeeRelation.ManagerChain) || relation.HasFlag(EmployeeRelation.Hr));

    /// <summary>Returns when the viewer may open the team below <paramref name="managerId"/>; "not found" otherwise.</summary>
    public async Task RequireTeamAsync(int managerId, CancellationToken ct)
    {
        if (user.EmployeeId == managerId) return;
        var relation = await relations.OfAsync(managerId, ct);
        if (!relation.HasFlag(EmployeeRelation.ManagerChain) && !relation.HasFlag(EmployeeRelation.Hr)) throw new NotFoundException();
    }

    /// <summary>Returns when the viewer may propose for every one of the people; "not found" otherwise.</summary>
    public async Task RequireProposeAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct)
    {
        var found = await relations.OfManyAsync(employeeIds, ct);
        if (found.Values.Any(r => !MayPropose(r))) throw new NotFoundException();
    }

    /// <summary>The open cycle, with its guideline; "not found" for a draft, which managers do not see.</summary>
    public static async Task<CompensationCycle> VisibleCycleAsync(ErmDbContext db, int cycleId, CancellationToken ct) =>
        await db.Set<CompensationCycle>().AsNoTracking().Include(c => c.Guideline)
            .FirstOrDefaultAsync(c => c.Id == cycleId && c.Status != CompensationCycleStatus.Draft, ct)
        ?? throw new NotFoundException();
}
