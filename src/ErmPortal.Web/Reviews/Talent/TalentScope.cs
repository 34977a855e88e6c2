using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Web.Reviews.Talent;

/// <summary>The 9-box's performance axis: the rating that stands, by thirds of the cycle's scale.</summary>
public enum Performance { Low = 1, Medium = 2, High = 3 }

/// <summary>One person's place on the 9-box, from their latest finalized review.</summary>
public record Placement
{
    public int EmployeeId { get; init; }
    public int DepartmentId { get; init; }
    public int ReviewId { get; init; }
    public int FinalRating { get; init; }
    public Performance Performance { get; init; }
    public Potential Potential { get; init; }
}

/// <summary>
/// Where the people the viewer looks after stand on the 9-box: HR sees everyone still employed, a manager the people
/// below them at any depth. Nobody sees their own place: a person is never shown their potential. Each person is placed
/// by their latest finalized review, when calibration gave it a potential; the whole placement is one SQL expression, so
/// the grid is grouped and a cell paged by SQLite.
/// </summary>
public class TalentScope(ErmDbContext db, ICurrentUser user)
{
    public bool IsHr => user.IsInRole(Roles.Hr);

    public IQueryable<Placement> Placements(int? departmentId)
    {
        var me = user.EmployeeId ?? -1;
        var finalized = db.Set<Review>().Where(r => r.FinalizedAtUtc != null);
        var latest = finalized.Where(r => r.FinalRating != null && r.Potential != null && r.EmployeeId != me
                                          && r.Employee.Status != EmployeeStatus.Left
                                          && !finalized.Any(o => o.EmployeeId == r.EmployeeId && o.FinalizedAtUtc > r.FinalizedAtUtc));
        if (!IsHr)
        {
            var below = db.Below(me).Select(s => s.Id);
            latest = latest.Where(r => below.Contains(r.EmployeeId));
        }
        if (departmentId is { } department) latest = latest.Where(r => r.Employee.DepartmentId == department);
        return latest.Select(r => new { Review = r, Max = r.Cycle.RatingLevels.Max(l => (int?)l.Value) ?? ReviewCycle.DefaultScale.Length })
            .Select(x => new Placement
            {
                EmployeeId = x.Review.EmployeeId,
                DepartmentId = x.Review.Employee.DepartmentId,
                ReviewId = x.Review.Id,
                FinalRating = x.Review.FinalRating!.Value,
                // Thirds of the scale's range: on 1 to 5, 1-2 low, 3 medium, 4-5 high.
                Performance = 3 * (x.Review.FinalRating!.Value - 1) < x.Max - 1 ? Performance.Low
                    : 3 * (x.Review.FinalRating!.Value - 1) < 2 * (x.Max - 1) ? Performance.Medium
                    : Performance.High,
                Potential = x.Review.Potential!.Value,
            });
    }
}
