using System.Linq.Expressions;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>Whose turn a phase is: the person reviewed, their reviewer, or nobody in particular (HR's calibration, peers' feedback).</summary>
public enum PhaseOwner { Nobody, Person, Reviewer }

/// <summary>How far each group of a cycle's reviews has got: how many reviews, and how many have done each phase's part.</summary>
public record PhaseCounts(int People, int GoalsSet, int SelfIn, int ManagerIn, int Shared, int Acknowledged)
{
    public static readonly PhaseCounts None = new(0, 0, 0, 0, 0, 0);

    /// <summary>How many have done their part of the phase; null for a phase not measured per review.</summary>
    public int? DoneIn(ReviewPhase phase) => phase switch
    {
        ReviewPhase.GoalSetting => GoalsSet,
        ReviewPhase.SelfAssessment => SelfIn,
        ReviewPhase.ManagerAssessment => ManagerIn,
        ReviewPhase.Sharing => Shared,
        ReviewPhase.Acknowledgement => Acknowledged,
        _ => null,
    };

    public PhaseCounts Plus(PhaseCounts other) => new(People + other.People, GoalsSet + other.GoalsSet, SelfIn + other.SelfIn,
        ManagerIn + other.ManagerIn, Shared + other.Shared, Acknowledged + other.Acknowledged);
}

/// <summary>
/// What each phase of a cycle asks of whom, and who has not done it yet, written as queries so that counting and listing a
/// cycle of 10,000 people happen in SQL. Goal setting is done when the person has a goal due in the period; a finalized
/// review owes nothing any more.
/// </summary>
public static class CycleWork
{
    /// <summary>
    /// The phases of a running cycle, for "WHERE Phase IN (…)": phases are stored by name, so a range would compare words,
    /// and NOT IN (Draft, Closed) would read every cycle rather than seek the phase index.
    /// </summary>
    public static readonly ReviewPhase[] Running = Enum.GetValues<ReviewPhase>().Where(p => p is not (ReviewPhase.Draft or ReviewPhase.Closed)).ToArray();

    public static PhaseOwner OwnerOf(ReviewPhase phase) => phase switch
    {
        ReviewPhase.GoalSetting or ReviewPhase.SelfAssessment or ReviewPhase.Acknowledgement => PhaseOwner.Person,
        ReviewPhase.ManagerAssessment or ReviewPhase.Sharing => PhaseOwner.Reviewer,
        _ => PhaseOwner.Nobody,
    };

    /// <summary>The reviews whose part of the phase is still to do; none for a phase nobody in particular owes.</summary>
    public static IQueryable<Review> Outstanding(ErmDbContext db, IQueryable<Review> reviews, ReviewPhase phase)
    {
        var goals = db.Set<PerformanceGoal>();
        var open = reviews.Where(r => r.FinalizedAtUtc == null);
        return phase switch
        {
            ReviewPhase.GoalSetting => open.Where(r => !goals.Any(g => g.EmployeeId == r.EmployeeId && g.TargetDate >= r.Cycle.PeriodStart && g.TargetDate <= r.Cycle.PeriodEnd)),
            ReviewPhase.SelfAssessment => open.Where(r => r.SelfSubmittedAtUtc == null),
            // A manager cannot write before the self-assessment is in (or HR opened it), but the reviewer is still who is late.
            ReviewPhase.ManagerAssessment => open.Where(r => r.ManagerSubmittedAtUtc == null),
            ReviewPhase.Sharing => open.Where(r => r.SharedAtUtc == null),
            ReviewPhase.Acknowledgement => open.Where(r => r.SharedAtUtc != null && r.AcknowledgedAtUtc == null),
            _ => open.Where(_ => false),
        };
    }

    /// <summary>The counts of every group of the reviews, in one statement whatever their number.</summary>
    public static async Task<Dictionary<TKey, PhaseCounts>> CountsByAsync<TKey>(ErmDbContext db, IQueryable<Review> reviews,
        Expression<Func<Review, TKey>> group, CancellationToken ct) where TKey : notnull
    {
        var goals = db.Set<PerformanceGoal>();
        var rows = await reviews.GroupBy(group).Select(g => new
        {
            g.Key,
            People = g.Count(),
            GoalsSet = g.Sum(r => goals.Any(x => x.EmployeeId == r.EmployeeId && x.TargetDate >= r.Cycle.PeriodStart && x.TargetDate <= r.Cycle.PeriodEnd) ? 1 : 0),
            SelfIn = g.Sum(r => r.SelfSubmittedAtUtc != null ? 1 : 0),
            ManagerIn = g.Sum(r => r.ManagerSubmittedAtUtc != null ? 1 : 0),
            Shared = g.Sum(r => r.SharedAtUtc != null ? 1 : 0),
            Acknowledged = g.Sum(r => r.AcknowledgedAtUtc != null || r.FinalizedAtUtc != null ? 1 : 0),
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new PhaseCounts(r.People, r.GoalsSet, r.SelfIn, r.ManagerIn, r.Shared, r.Acknowledged));
    }

    /// <summary>The accounts of those who owe the phase's part of the reviews: the people themselves, or their reviewers.</summary>
    public static async Task<(List<string> People, List<string> Reviewers)> OwersAsync(ErmDbContext db, IQueryable<Review> reviews, ReviewPhase phase,
        CancellationToken ct)
    {
        var outstanding = Outstanding(db, reviews, phase);
        return OwnerOf(phase) switch
        {
            PhaseOwner.Person => (await outstanding.Where(r => r.Employee.UserId != null).Select(r => r.Employee.UserId!).Distinct().ToListAsync(ct), []),
            PhaseOwner.Reviewer => ([], await outstanding.Where(r => r.Reviewer != null && r.Reviewer.UserId != null).Select(r => r.Reviewer!.UserId!).Distinct().ToListAsync(ct)),
            _ => ([], []),
        };
    }

    /// <summary>Where the reminder leads: the person to their reviews, a reviewer to the reviews they write, goal setting to the goals.</summary>
    public static string LinkFor(ReviewPhase phase, PhaseOwner owner) =>
        phase == ReviewPhase.GoalSetting ? "/me/goals" : owner == PhaseOwner.Reviewer ? "/reviews/team" : "/me/reviews";
}
