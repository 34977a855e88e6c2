namespace ErmPortal.Data.Infrastructure;

/// <summary>Date arithmetic EF Core does not translate for SQLite, mapped to SQLite's own functions so it runs in the query.</summary>
public static class SqlDates
{
    /// <summary>
    /// SQLite's <c>julianday</c>: a moment as a number of days with fractions. The difference of two is the time between
    /// them in days, so an average duration is worked out by the database instead of loading every row.
    /// </summary>
    public static double JulianDay(DateTime moment) => throw new InvalidOperationException("SqlDates.JulianDay runs only inside a query.");
}
