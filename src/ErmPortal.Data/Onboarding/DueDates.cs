namespace ErmPortal.Data.Onboarding;

/// <summary>How a task's due offset counts from the plan's anchor day (the first day, or the last day for a leaver).</summary>
public enum OffsetUnit
{
    /// <summary>Calendar days; a due day on a weekend moves to the working day on the anchor's side (Friday before, Monday after).</summary>
    Days,
    /// <summary>Working days, Monday to Friday: +1 is the next working day after the anchor, −5 a working week before.</summary>
    WorkingDays,
    /// <summary>Calendar months, kept to the month's end (31 January + 1 month is 28 or 29 February), then off weekends as for days.</summary>
    Months,
    /// <summary>The last working day of the month this many months after the anchor's (0: the anchor's own month); for payroll and month-end tasks.</summary>
    MonthEnd,
}

/// <summary>
/// Turns a template's relative due offsets into days on the calendar. Pure, so plans made today, re-dated when a start
/// date moves, and tested, all agree. Weekends are Saturday and Sunday; public holidays are not known to the portal.
/// </summary>
public static class DueDates
{
    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static DateOnly Resolve(DateOnly anchor, int offset, OffsetUnit unit) => unit switch
    {
        OffsetUnit.Days => OffWeekend(anchor.AddDays(offset), offset < 0 ? -1 : 1),
        OffsetUnit.WorkingDays => AddWorkingDays(anchor, offset),
        OffsetUnit.Months => OffWeekend(anchor.AddMonths(offset), offset < 0 ? -1 : 1),
        OffsetUnit.MonthEnd => LastWorkingDayOfMonth(anchor.AddMonths(offset)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Counted one working day at a time from the anchor; offset 0 on a weekend anchor is the next working day.</summary>
    private static DateOnly AddWorkingDays(DateOnly anchor, int offset)
    {
        if (offset == 0) return OffWeekend(anchor, 1);
        var day = anchor;
        var step = Math.Sign(offset);
        for (var left = Math.Abs(offset); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    private static DateOnly OffWeekend(DateOnly day, int direction)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(direction);
        return day;
    }

    private static DateOnly LastWorkingDayOfMonth(DateOnly inMonth) =>
        OffWeekend(new DateOnly(inMonth.Year, inMonth.Month, DateTime.DaysInMonth(inMonth.Year, inMonth.Month)), -1);
}
