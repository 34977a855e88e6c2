using System.Linq.Expressions;

namespace ErmPortal.Web.Shared;

public static class Period
{
    /// <summary>
    /// Keeps rows whose UTC timestamp falls on or after <paramref name="from"/> and on or before <paramref name="to"/>,
    /// both whole days as people pick them in a date field. The last day there is (9999-12-31) has no next day to stop
    /// before, so it leaves the period open at that end instead of overflowing.
    /// </summary>
    public static IQueryable<T> Within<T>(this IQueryable<T> rows, Expression<Func<T, DateTime>> timestamp, DateOnly? from, DateOnly? to)
    {
        if (from is { } first)
            rows = rows.Where(Compare(timestamp, first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Expression.GreaterThanOrEqual));
        if (to is { } last && last < DateOnly.MaxValue)
            rows = rows.Where(Compare(timestamp, last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Expression.LessThan));
        return rows;
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTime>> timestamp, DateTime bound,
        Func<Expression, Expression, BinaryExpression> comparison) =>
        Expression.Lambda<Func<T, bool>>(comparison(timestamp.Body, Expression.Constant(bound)), timestamp.Parameters);
}
