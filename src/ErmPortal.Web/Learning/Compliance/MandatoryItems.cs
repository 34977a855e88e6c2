using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>One mandatory course one person owes: when it is next due, when they last completed it, and where they stand today.</summary>
public record MandatoryItem(int EmployeeId, int DepartmentId, int CourseId, DateOnly? DueOn, DateOnly? LastCompletedOn, MandatoryState State);

/// <summary>
/// Each person's mandatory courses: the rules of their position and those for every position, of courses still offered,
/// for everyone who has not left. The last counted completion is the latest passed, confirmed record of the course.
/// SQL finds each person's rules and last completion in one statement; <see cref="MandatoryDueDates"/> turns them into due
/// days and states, so every page, card and reminder agrees with the tested rules. When two rules name the same course
/// for a person (their position's and everyone's), the earlier due day wins: the stricter rule is the one they must meet.
/// </summary>
public class MandatoryItems(ErmDbContext db, IClock clock, KeptResults kept)
{
    /// <summary>The tables the items are read from: a result kept from them is read again after any write to one.</summary>
    private static readonly string[] Sources = ["Employees", "TrainingRecords", "CourseMandatoryRules", "Courses"];

    private sealed record Row(int EmployeeId, int DepartmentId, DateOnly HiredOn, int CourseId, DateOnly RuleStartsOn, int WithinDaysOfHire,
        int? RenewEveryMonths, DateOnly? LastCompletedOn);

    /// <summary>The items of the people given (one statement), as of today.</summary>
    public async Task<IReadOnlyList<MandatoryItem>> ForAsync(IQueryable<Employee> people, CancellationToken ct)
    {
        var records = db.Set<TrainingRecord>();
        var rows = await (
                from e in people
                where e.Status != EmployeeStatus.Left
                from r in db.Set<MandatoryRule>()
                where (r.PositionId == null || r.PositionId == e.PositionId) && r.Course.ArchivedAtUtc == null
                select new Row(e.Id, e.DepartmentId, e.HireDate, r.CourseId, r.StartsOn, r.WithinDaysOfHire, r.RenewEveryMonths,
                    records.Where(t => t.EmployeeId == e.Id && t.CourseId == r.CourseId && t.Passed && t.ConfirmedAtUtc != null)
                        .Max(t => (DateOnly?)t.CompletedOn)))
            .AsNoTracking().ToListAsync(ct);
        return Items(rows, clock.Today);
    }

    /// <summary>
    /// Everyone's items, kept in memory until one of their tables is written (or the day changes): HR's report, its
    /// overdue list and the managers' team figures read them at every view, and at 10,000 people reading and reckoning
    /// them takes far longer than filtering the kept list does.
    /// </summary>
    public Task<IReadOnlyList<MandatoryItem>> EveryoneAsync(CancellationToken ct)
    {
        var today = clock.Today;
        return kept.GetAsync((nameof(MandatoryItems), today), Sources, c => ForAsync(db.Employees, c), ct);
    }

    /// <summary>
    /// What <paramref name="reckon"/> makes of everyone's items, kept as the items are: a report's figures are worked out
    /// once per filter, day and change, not at every view. The key names the filter.
    /// </summary>
    public Task<T> OfEveryoneAsync<T>(object key, Func<IReadOnlyList<MandatoryItem>, T> reckon, CancellationToken ct) where T : notnull
    {
        var today = clock.Today;
        return kept.GetAsync((nameof(MandatoryItems), today, key), Sources, async c => reckon(await EveryoneAsync(c)), ct);
    }

    private static List<MandatoryItem> Items(List<Row> rows, DateOnly today) => rows
        .GroupBy(r => (r.EmployeeId, r.CourseId))
        .Select(g =>
        {
            var first = g.First();
            var due = g.Min(r => MandatoryDueDates.NextDue(r.HiredOn, r.RuleStartsOn, r.WithinDaysOfHire, r.RenewEveryMonths, first.LastCompletedOn));
            return new MandatoryItem(first.EmployeeId, first.DepartmentId, first.CourseId, due, first.LastCompletedOn,
                MandatoryDueDates.StateOn(today, due, first.LastCompletedOn is not null));
        })
        .ToList();
}

/// <summary>How many of a group's items stand where: the figures of a report row, a card or a person.</summary>
public record ComplianceFigures(int People, int Required, int Done, int ToDo, int DueSoon, int Overdue)
{
    public static ComplianceFigures Of(IEnumerable<MandatoryItem> items)
    {
        var list = items as IReadOnlyCollection<MandatoryItem> ?? items.ToList();
        return new ComplianceFigures(list.Select(i => i.EmployeeId).Distinct().Count(), list.Count,
            list.Count(i => i.State == MandatoryState.Done), list.Count(i => i.State == MandatoryState.ToDo),
            list.Count(i => i.State == MandatoryState.DueSoon), list.Count(i => i.State == MandatoryState.Overdue));
    }

    /// <summary>Whole percent done, rounded down so 99.6% never reads as all done.</summary>
    public int DonePercent => Required == 0 ? 100 : Done * 100 / Required;
}
