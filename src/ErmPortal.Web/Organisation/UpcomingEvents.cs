using ErmPortal.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

public enum UpcomingEventKind { LastDay, JobChange, WorkAnniversary, ProbationEnd }

/// <summary>One date to prepare for; <see cref="Years"/> is set for work anniversaries.</summary>
public record UpcomingEvent(DateOnly Date, UpcomingEventKind Kind, int EmployeeId, string Name, int? Years = null);

/// <summary>The first few events of each kind, by date, and how many of each kind the window holds in all.</summary>
public record UpcomingEventList(IReadOnlyList<UpcomingEvent> Events, IReadOnlyDictionary<UpcomingEventKind, int> Counts)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>
/// The dates HR and managers prepare for in the coming weeks: last days, scheduled job changes, work anniversaries and
/// ends of probation, for any set of people (everyone, or one manager's subtree). Every count is worked out in SQL, and
/// only the first few of each kind are read, so the cost does not grow with the number of people.
/// </summary>
public static class UpcomingEvents
{
    public const int WindowDays = 30;

    public static async Task<UpcomingEventList> ForAsync(IQueryable<Employee> people, DateOnly today, int perKind, CancellationToken ct)
    {
        var end = today.AddDays(WindowDays);
        var current = people.Where(e => e.Status != EmployeeStatus.Left);
        var counts = new Dictionary<UpcomingEventKind, int>();
        var events = new List<UpcomingEvent>();

        var lastDays = current.Where(e => e.Status == EmployeeStatus.Leaving && e.LastDay >= today && e.LastDay <= end);
        counts[UpcomingEventKind.LastDay] = await lastDays.CountAsync(ct);
        events.AddRange(await lastDays.OrderBy(e => e.LastDay).ThenBy(e => e.Id).Take(perKind)
            .Select(e => new UpcomingEvent(e.LastDay!.Value, UpcomingEventKind.LastDay, e.Id,
                (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, null))
            .ToListAsync(ct));

        var changes = current.SelectMany(e => e.JobHistory)
            .Where(c => c.AppliedOn == null && c.EffectiveDate >= today && c.EffectiveDate <= end);
        counts[UpcomingEventKind.JobChange] = await changes.CountAsync(ct);
        events.AddRange(await changes.OrderBy(c => c.EffectiveDate).ThenBy(c => c.Id).Take(perKind)
            .Select(c => new UpcomingEvent(c.EffectiveDate, UpcomingEventKind.JobChange, c.EmployeeId,
                (c.Employee.PreferredName ?? c.Employee.LegalFirstName) + " " + c.Employee.LegalLastName, null))
            .ToListAsync(ct));

        var probation = current.Where(e => e.ProbationEndDate >= today && e.ProbationEndDate <= end);
        counts[UpcomingEventKind.ProbationEnd] = await probation.CountAsync(ct);
        events.AddRange(await probation.OrderBy(e => e.ProbationEndDate).ThenBy(e => e.Id).Take(perKind)
            .Select(e => new UpcomingEvent(e.ProbationEndDate!.Value, UpcomingEventKind.ProbationEnd, e.Id,
                (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, null))
            .ToListAsync(ct));

        // An anniversary is the hire's month and day, written as a number (March 5 = 305), which an index on Employees
        // keeps in order (HomeFiguresMigration), so only the people whose day falls in the window are read. A window
        // that runs into January is two ranges of days, December's first. Someone hired less than a year before the
        // window ends has no anniversary in it yet.
        int from = today.Month * 100 + today.Day, to = end.Month * 100 + end.Day;
        var hiredAYearBefore = end.AddYears(-1);
        var due = current.Where(e => e.HireDate <= hiredAYearBefore);
        (int From, int To)[] ranges = to < from ? [(from, 1231), (101, to)] : [(from, to)];
        IQueryable<Employee> InRange((int From, int To) days) =>
            due.Where(e => e.HireDate.Month * 100 + e.HireDate.Day >= days.From && e.HireDate.Month * 100 + e.HireDate.Day <= days.To);
        counts[UpcomingEventKind.WorkAnniversary] = await ranges.Select(r => InRange(r).Select(e => e.Id)).Aggregate((a, b) => a.Concat(b)).CountAsync(ct);
        var firstOfEach = ranges.Select(r => InRange(r)
                .OrderBy(e => e.HireDate.Month * 100 + e.HireDate.Day).ThenBy(e => e.Id).Take(perKind)
                .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.HireDate }))
            .Aggregate((a, b) => a.Concat(b));
        var hires = (await firstOfEach.ToListAsync(ct))
            .OrderBy(h => h.HireDate.Month * 100 + h.HireDate.Day < from ? 1 : 0).ThenBy(h => h.HireDate.Month * 100 + h.HireDate.Day).ThenBy(h => h.Id)
            .Take(perKind);
        events.AddRange(hires.Select(h =>
        {
            var date = AnniversaryOnOrAfter(h.HireDate, today);
            return new UpcomingEvent(date, UpcomingEventKind.WorkAnniversary, h.Id, h.Name, date.Year - h.HireDate.Year);
        }));

        return new UpcomingEventList(events.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Name).ToList(), counts);
    }

    /// <summary>The next anniversary of the hire date; someone hired on 29 February celebrates on 1 March in other years.</summary>
    public static DateOnly AnniversaryOnOrAfter(DateOnly hireDate, DateOnly today)
    {
        DateOnly In(int year) => new DateOnly(year, 1, 1).AddMonths(hireDate.Month - 1).AddDays(hireDate.Day - 1);
        var date = In(today.Year);
        return date >= today ? date : In(today.Year + 1);
    }
}
