using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>
/// Whose reviews the viewer calibrates, as a filter every calibration query starts from, so a list, its figures, a
/// single review and the home card can never disagree. HR calibrates everyone's. A manager calibrates the people two or
/// more levels below them: calibration is the skip-level's check on the ratings a direct manager gave, so nobody
/// calibrates the reviews they wrote or their own direct reports'. Admin without HR, peers and the person see none.
/// The reporting line is today's; the subtree is walked by SQLite in the same command, however large.
/// </summary>
public class CalibrationScope(ErmDbContext db, ICurrentUser user)
{
    /// <summary>Cycles in these phases are shown in calibration: calibration itself and what follows it.</summary>
    public static readonly ReviewPhase[] CalibratedPhases = [ReviewPhase.Calibration, ReviewPhase.Sharing, ReviewPhase.Acknowledgement, ReviewPhase.Closed];

    /// <summary>Cycles in these phases still take adjustments (to reviews not yet shared): a closed cycle's ratings stand.</summary>
    public static readonly ReviewPhase[] AdjustablePhases = [ReviewPhase.Calibration, ReviewPhase.Sharing, ReviewPhase.Acknowledgement];

    public bool IsHr => user.IsInRole(Roles.Hr);

    /// <summary>Who the scope is for, for results kept per scope: every HR viewer shares one, a manager has their own.</summary>
    public string Key => IsHr ? "hr" : $"manager-{user.EmployeeId}";

    /// <summary>The tables the scope and the reviews in it are read from.</summary>
    public static readonly string[] Sources = ["Reviews", "Employees"];

    /// <summary>The reviews the viewer calibrates, of every cycle; empty for someone who calibrates nobody's.</summary>
    public IQueryable<Review> Reviews()
    {
        var reviews = db.Set<Review>().AsQueryable();
        if (IsHr) return reviews;
        if (user.EmployeeId is not { } me) return reviews.Where(_ => false);
        var skipLevel = db.Below(me).Where(s => s.Depth >= 2).Select(s => s.Id);
        return reviews.Where(r => skipLevel.Contains(r.EmployeeId) && r.ReviewerId != me);
    }
}
