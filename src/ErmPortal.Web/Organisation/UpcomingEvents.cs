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
/// ends of probation, for any set of people (everyone, or one manager's subtree). One command whatever the number of
/// people: the first few of every kind, each with how many of its kind the window holds, every kind found through an
/// index on its date.
/// </summary>
public static class UpcomingEvents
{
    public const int WindowDays = 30;

    /// <summary>
    /// Each kind is counted up to one past this and shown as "more than" beyond it: a large organisation has thousands
    /// of anniversaries a month, and counting every one on each view would make the card cost what the organisation weighs.
    /// </summary>
    public const int CountedUpTo = 500;

    public static async Task<UpcomingEventList> ForAsync(IQueryable<Employee> people, DateOnly today, int perKind, CancellationToken ct)
    {
        var end = today.AddDays(WindowDays);
        var current = people.Where(e => e.Status != EmployeeStatus.Left);
        var lastDays = current.Where(e => e.Status == EmployeeStatus.Leaving && e.LastDay >= today && e.LastDay <= end);
        var changes = current.SelectMany(e => e.JobHistory).Where(c => c.AppliedOn == null && c.EffectiveDate >= today && c.EffectiveDate <= end);
        var probation = current.Where(e => e.ProbationEndDate >= today && e.ProbationEndDate <= end);

        // An anniversary is the hire's month and day, written as a number (March 5 = 305), which an index on Employees
        // keeps in order (HomeFiguresMigration), so only the people whose day falls in the window are read. A window
        // that runs into January is two ranges of days, December's first. Someone hired less than a year before the
        // window ends has no anniversary in it yet.
        int from = today.Month * 100 + today.Day, to = end.Month * 100 + end.Day;
        var hiredAYearBefore = end.AddYears(-1);
        var due = current.Where(e => e.HireDate <= hiredAYearBefore);
        var anniversaries = to < from
            ? due.Where(e => e.HireDate.Month * 100 + e.HireDate.Day >= from || e.HireDate.Month * 100 + e.HireDate.Day <= to)
            : due.Where(e => e.HireDate.Month * 100 + e.HireDate.Day >= from && e.HireDate.Month * 100 + e.HireDate.Day <= to);
        (int From, int To)[] ranges = to < from ? [(from, 1231), (101, to)] : [(from, to)];

        // Each kind's first few come with how many the window holds in all: a kind with none in it reads no row and counts none.
        var firstOfEachKind = ranges.Select((days, i) => due
                .Where(e => e.HireDate.Month * 100 + e.HireDate.Day >= days.From && e.HireDate.Month * 100 + e.HireDate.Day <= days.To)
                .OrderBy(e => e.HireDate.Month * 100 + e.HireDate.Day).ThenBy(e => e.Id).Take(perKind)
                .Select(e => new
                {
                    Kind = UpcomingEventKind.WorkAnniversary, Date = e.HireDate, EmployeeId = e.Id,
                    Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, Order = i, Total = anniversaries.Take(CountedUpTo + 1).Count(),
                }))
            .Aggregate((a, b) => a.Concat(b))
            .Concat(lastDays.OrderBy(e => e.LastDay).ThenBy(e => e.Id).Take(perKind).Select(e => new
            {
                Kind = UpcomingEventKind.LastDay, Date = e.LastDay!.Value, EmployeeId = e.Id,
                Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, Order = 0, Total = lastDays.Take(CountedUpTo + 1).Count(),
            }))
            .Concat(changes.OrderBy(c => c.EffectiveDate).ThenBy(c => c.Id).Take(perKind).Select(c => new
            {
                Kind = UpcomingEventKind.JobChange, Date = c.EffectiveDate, c.EmployeeId,
                Name = (c.Employee.PreferredName ?? c.Employee.LegalFirstName) + " " + c.Employee.LegalLastName, Order = 0, Total = changes.Take(CountedUpTo + 1).Count(),
            }))
            .Concat(probation.OrderBy(e => e.ProbationEndDate).ThenBy(e => e.Id).Take(perKind).Select(e => new
            {
                Kind = UpcomingEventKind.ProbationEnd, Date = e.ProbationEndDate!.Value, EmployeeId = e.Id,
                Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, Order = 0, Total = probation.Take(CountedUpTo + 1).Count(),
            }));
        var rows = await firstOfEachKind.ToListAsync(ct);
        var counts = Enum.GetValues<UpcomingEventKind>()
            .ToDictionary(kind => kind, kind => rows.Where(r => r.Kind == kind).Select(r => r.Total).FirstOrDefault());

        var events = rows.Where(r => r.Kind != UpcomingEventKind.WorkAnniversary)
            .Select(r => new UpcomingEvent(r.Date, r.Kind, r.EmployeeId, r.Name))
            .Concat(rows.Where(r => r.Kind == UpcomingEventKind.WorkAnniversary)
                .OrderBy(r => r.Order).ThenBy(r => r.Date.Month * 100 + r.Date.Day).ThenBy(r => r.EmployeeId).Take(perKind)
                .Select(r =>
                {
                    var date = AnniversaryOnOrAfter(r.Date, today);
                    return new UpcomingEvent(date, r.Kind, r.EmployeeId, r.Name, date.Year - r.Date.Year);
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
