using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// Loads a plan for a change once the viewer may make it, against the version their page showed: two people ticking the
/// same list (HR re-dating it while the manager completes a task) each see the other's change instead of overwriting it.
/// </summary>
public class PlanEditing(ErmDbContext db, PlanAccess access)
{
    /// <param name="mayChange">A rule finer than the operation (this task is the viewer's): someone it refuses is told the plan does not exist.</param>
    public async Task<(JourneyPlan Plan, PlanResource Viewer)> LoadAsync(int planId, Guid version, OperationAuthorizationRequirement operation,
        CancellationToken ct, Func<JourneyPlan, PlanResource, bool>? mayChange = null)
    {
        var viewer = await access.RequireAsync(planId, operation, ct);
        var plan = await db.Set<JourneyPlan>().Include(p => p.Tasks).Include(p => p.CheckIns).FirstAsync(p => p.Id == planId, ct);
        // Who may act is settled before the version: a stale page of someone with no part in the change learns nothing.
        if (mayChange is not null && !mayChange(plan, viewer)) throw new NotFoundException();
        if (plan.Version != version)
            throw new ConcurrencyConflictException("Someone else changed this plan after you opened it. Reload to see where it stands.");
        // The update is made against the version the person saw, so a change saved meanwhile makes this one fail.
        db.Entry(plan).Property(p => p.Version).OriginalValue = version;
        return (plan, viewer);
    }

    public async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this plan while you were saving. Reload to see where it stands.");
        }
    }
}
