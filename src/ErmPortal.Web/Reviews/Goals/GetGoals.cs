using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>
/// A person's goals for one year (the period yearly review cycles rate), each with its weight, progress, status, the
/// manager's goal it supports, how many of the person's reports' goals support it, and its check-ins. The weights of
/// the year's goals are added up, as a period's goals are meant to weigh 100% together. The same number of queries
/// whatever the number of goals and check-ins.
/// </summary>
public static class GetGoals
{
    /// <summary>No employee: the viewer's own goals. No year: this year's, or the latest year with goals.</summary>
    public record Query(int? EmployeeId, int? Year) : IRequest<Model>;

    public record Model(int EmployeeId, string Person, bool IsOwn, bool CanEdit, int Year, IReadOnlyList<int> Years, IReadOnlyList<Goal> Goals)
    {
        /// <summary>Dropped goals no longer count towards the period.</summary>
        public int WeightSum => Goals.Where(g => g.Status != PerformanceGoalStatus.Dropped).Sum(g => g.Weight);
    }

    public record Goal(int Id, string Title, string? Measure, DateOnly TargetDate, int Weight, int Progress, PerformanceGoalStatus Status,
        Guid Version, int? AlignedToGoalId, string? AlignedToTitle, int Supporters)
    {
        public List<CheckIn> CheckIns { get; } = [];
        public bool IsClosed => PerformanceGoal.Closed.Contains(Status);
    }

    public record CheckIn(int GoalId, int Progress, PerformanceGoalStatus Status, string? Comment, string? Author, DateTime AtUtc);

    public class Handler(ErmDbContext db, GoalAccess access, GoalForms forms, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            // An account without an employee record has no goals of its own, but its own page is still a page, not "not found".
            if (request.EmployeeId is null && user.EmployeeId is null)
                return new Model(0, "", IsOwn: true, CanEdit: false, request.Year ?? clock.UtcNow.Year, [request.Year ?? clock.UtcNow.Year], []);
            var employeeId = request.EmployeeId ?? user.EmployeeId!.Value;
            await access.RequireAsync(employeeId, GoalOperations.View, ct);
            var canEdit = await access.CanAsync(employeeId, GoalOperations.Edit, ct);
            var heading = await forms.HeadingAsync(employeeId, ct);
            var goals = db.Set<PerformanceGoal>().Where(g => g.EmployeeId == employeeId);
            var years = await goals.Select(g => g.TargetDate.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
            var thisYear = clock.UtcNow.Year;
            var year = request.Year ?? (years.Count == 0 || years.Contains(thisYear) ? thisYear : years[0]);
            if (!years.Contains(year)) years = [.. years.Append(year).OrderDescending()];

            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            var ofYear = goals.Where(g => g.TargetDate >= from && g.TargetDate < to);
            var list = await ofYear.OrderBy(g => g.TargetDate).ThenBy(g => g.Id)
                .Select(g => new Goal(g.Id, g.Title, g.Measure, g.TargetDate, g.Weight, g.Progress, g.Status, g.Version, g.AlignedToGoalId,
                    g.AlignedToGoal == null ? null : g.AlignedToGoal.Title,
                    db.Set<PerformanceGoal>().Count(s => s.AlignedToGoalId == g.Id)))
                .ToListAsync(ct);
            var checkIns = await db.Set<GoalCheckIn>().Where(c => ofYear.Select(g => g.Id).Contains(c.GoalId))
                .OrderByDescending(c => c.CheckedInAtUtc).ThenByDescending(c => c.Id)
                .Select(c => new CheckIn(c.GoalId, c.Progress, c.Status, c.Comment,
                    c.Author == null ? null : (c.Author.PreferredName ?? c.Author.LegalFirstName) + " " + c.Author.LegalLastName, c.CheckedInAtUtc))
                .ToListAsync(ct);
            var byId = list.ToDictionary(g => g.Id);
            foreach (var checkIn in checkIns) byId[checkIn.GoalId].CheckIns.Add(checkIn);
            return new Model(employeeId, heading.Person, employeeId == user.EmployeeId, canEdit, year, years, list);
        }
    }
}
