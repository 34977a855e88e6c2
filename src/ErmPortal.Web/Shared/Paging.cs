using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Shared;

/// <summary>What the pager needs of a page, whatever its rows are.</summary>
public interface IPage
{
    int PageNumber { get; }
    int PageCount { get; }
    int FirstItem { get; }
    int LastItem { get; }
    int TotalCount { get; }
    bool MoreThanTotal { get; }
    bool HasPrevious { get; }
    bool HasNext { get; }
    long? NextAfter { get; }
    long? PreviousBefore { get; }
}

/// <summary>One page of a list that can grow; every such list is paged.</summary>
public record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount) : IPage
{
    /// <summary>Counting stopped at <see cref="TotalCount"/>: there are more, and nobody needs to know exactly how many.</summary>
    public bool MoreThanTotal { get; init; }

    /// <summary>On a list paged by key: the key of the last row, where the next page starts (null on the last page).</summary>
    public long? NextAfter { get; init; }

    /// <summary>On a list paged by key: the key of the first row, where the previous page ends (null on the first page).</summary>
    public long? PreviousBefore { get; init; }

    /// <summary>Whether the neighbours are reached by key (<see cref="NextAfter"/>, <see cref="PreviousBefore"/>) rather than by number.</summary>
    public bool ByKey { get; init; }

    /// <summary>The same page with its rows shaped anew (as many, in the same order).</summary>
    public Page<TOther> WithItems<TOther>(IReadOnlyList<TOther> items) => new(items, PageNumber, PageSize, TotalCount)
    {
        MoreThanTotal = MoreThanTotal, NextAfter = NextAfter, PreviousBefore = PreviousBefore, ByKey = ByKey,
    };

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public bool HasPrevious => ByKey ? PreviousBefore is not null : PageNumber > 1;
    public bool HasNext => ByKey ? NextAfter is not null : MoreThanTotal || PageNumber < PageCount;
    public int FirstItem => Items.Count == 0 ? 0 : (PageNumber - 1) * PageSize + 1;
    public int LastItem => Items.Count == 0 ? 0 : FirstItem + Items.Count - 1;
}

/// <summary>Which page to show: by number (<c>?page=N</c>), or the one after or before a row's key (the pager's links).</summary>
public record PageRequest(int Page, long? After = null, long? Before = null);

/// <summary>
/// How a list is ordered, for paging it by key: the sort keys, ending in the row's id so the order is total and a row
/// never shows on two pages or on none. An index that starts with the filter's equality columns and then these keys
/// serves every page at the same cost, however deep.
/// </summary>
public sealed class Keyset<T, TId> where TId : struct
{
    private readonly Expression<Func<T, TId>> _id;
    private readonly (LambdaExpression Key, bool Descending)[] _keys;

    /// <param name="id">The row's id, the last and unique key.</param>
    /// <param name="keys">The sort keys before the id (columns that are never null), each with its direction; the id takes the direction of the last one.</param>
    public Keyset(Expression<Func<T, TId>> id, params (LambdaExpression Key, bool Descending)[] keys)
    {
        _id = id;
        _keys = [.. keys, (id, keys.Length > 0 && keys[^1].Descending)];
    }

    public Expression<Func<T, TId>> Id => _id;

    public static (LambdaExpression, bool) Ascending<TKey>(Expression<Func<T, TKey>> key) => (key, false);
    public static (LambdaExpression, bool) Descending<TKey>(Expression<Func<T, TKey>> key) => (key, true);

    /// <summary>The rows in the list's order, or in the opposite one (to read backwards from a key).</summary>
    public IOrderedQueryable<T> Order(IQueryable<T> rows, bool reversed = false)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var (key, descending) in _keys)
        {
            var method = (ordered is null ? "OrderBy" : "ThenBy") + (descending != reversed ? "Descending" : "");
            var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], (ordered ?? rows).Expression, Expression.Quote(key));
            ordered = (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(call);
        }
        return ordered!;
    }

    /// <summary>The sort key values of one row, as one query.</summary>
    public async Task<object?[]?> KeysOfAsync(IQueryable<T> rows, TId id, CancellationToken ct)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var values = Expression.NewArrayInit(typeof(object),
            _keys.Select(k => Expression.Convert(Rebind(k.Key, row), typeof(object))));
        var select = Expression.Lambda<Func<T, object?[]>>(values, row);
        return await rows.Where(Equal(id)).Select(select).FirstOrDefaultAsync(ct);
    }

    private Expression<Func<T, bool>> Equal(TId id)
    {
        var row = _id.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(_id.Body, Parameter(id, typeof(TId))), row);
    }

    /// <summary>
    /// The rows after (or, reversed, before) the one with these key values, in the list's order. Written as
    /// "first key at or beyond the value, and then the tuple beyond" so the index is entered at the value rather than scanned
    /// from its start.
    /// </summary>
    public Expression<Func<T, bool>> Beyond(object?[] values, bool reversed)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? strictly = null;
        for (var i = _keys.Length - 1; i >= 0; i--)
        {
            var key = Rebind(_keys[i].Key, row);
            var value = Parameter(values[i], _keys[i].Key.ReturnType);
            var after = _keys[i].Descending != reversed;
            var beyond = Compare(key, value, after ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            strictly = strictly is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Compare(key, value, ExpressionType.Equal), strictly));
        }
        var first = Rebind(_keys[0].Key, row);
        var entry = Compare(first, Parameter(values[0], _keys[0].Key.ReturnType),
            _keys[0].Descending != reversed ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(entry, strictly!), row);
    }

    private static Expression Rebind(LambdaExpression key, ParameterExpression row) =>
        new Replace(key.Parameters[0], row).Visit(key.Body);

    /// <summary>A value read through a closure, so EF sends it as a parameter and caches one plan for every page.</summary>
    private static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(QueryParameter<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    /// <summary>Strings have no comparison operators in C#; <c>string.Compare</c> is what EF turns into the column's own comparison (and collation).</summary>
    private static Expression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        if (left.Type != typeof(string)) return Expression.MakeBinary(comparison, left, right);
        var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
        return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
    }

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

internal sealed record QueryParameter<TValue>(TValue Value);

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Counts stop here (or at the end of the page asked for, if further): past it "more than" is as useful as exact.</summary>
    public const int CountLimit = 1000;

    /// <summary>A page by number, with the exact total. For lists that stay small; the growing ones page by key.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));
        var items = await query.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, pageNumber, pageSize, total);
    }

    /// <summary>
    /// A page by number whose total is counted only up to <see cref="CountLimit"/> (or the end of the page asked for), so a
    /// view never counts the whole table. The query comes ordered, so the count walks the index the page does; the count
    /// reads the rows before <paramref name="shape"/> makes them what the page shows, and a page with nothing to show is
    /// not read at all.
    /// </summary>
    public static async Task<Page<TRow>> ToCappedPageAsync<T, TRow>(this IQueryable<T> ordered, Func<IQueryable<T>, IQueryable<TRow>> shape,
        int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var (total, more) = await CountUpToAsync(ordered, Math.Max(pageNumber, 1), pageSize, cancellationToken);
        pageNumber = more ? Math.Max(pageNumber, 1) : Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));
        var items = total == 0 ? [] : await shape(ordered.Skip((pageNumber - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new Page<TRow>(items, pageNumber, pageSize, total) { MoreThanTotal = more };
    }

    /// <summary>
    /// A page of a list that can grow without end, at the same cost on page 1 and page 1,000. Its ids are read first in
    /// the keyset's order from the index alone (after or before a row's key, or skipping to a page number), then
    /// <paramref name="rowsWithIds"/> reads and shapes only those rows, by primary key; the total is counted up to
    /// <see cref="CountLimit"/>.
    /// </summary>
    public static async Task<Page<TRow>> ToKeysetPageAsync<T, TId, TRow>(this IQueryable<T> filtered, Keyset<T, TId> keyset, PageRequest request,
        int pageSize, Func<IReadOnlyList<TId>, IQueryable<TRow>> rowsWithIds, Func<TRow, TId> idOf, CancellationToken ct) where TId : struct
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var pageNumber = Math.Max(request.Page, 1);
        // Read one row more than the page: whether it exists tells whether there is a page beyond.
        List<TId>? ids = null;
        bool hasPrevious = false, hasNext = false;
        var cursor = request.After ?? request.Before;
        if (cursor is not null && await keyset.KeysOfAsync(filtered, (TId)Convert.ChangeType(cursor.Value, typeof(TId)), ct) is { } values)
        {
            var backwards = request.After is null;
            var beyond = await keyset.Order(filtered.Where(keyset.Beyond(values, backwards)), backwards).Select(keyset.Id)
                .Take(pageSize + 1).ToListAsync(ct);
            if (backwards && beyond.Count <= pageSize)
                pageNumber = 1; // back at the start: the first page, whole
            else if (beyond.Count > 0)
            {
                var more = beyond.Count > pageSize;
                ids = beyond.Take(pageSize).ToList();
                if (backwards) ids.Reverse();
                (hasPrevious, hasNext) = backwards ? (more, true) : (true, more);
            }
            // A key nobody follows (the rows after it have gone) falls back to the page number the link carried.
        }

        var (total, moreThanTotal) = await CountUpToAsync(keyset.Order(filtered), pageNumber, pageSize, ct);
        if (ids is null)
        {
            if (!moreThanTotal) pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));
            var skip = (pageNumber - 1) * pageSize;
            ids = await keyset.Order(filtered).Select(keyset.Id).Skip(skip).Take(pageSize + 1).ToListAsync(ct);
            (hasPrevious, hasNext) = (skip > 0, ids.Count > pageSize);
            if (hasNext) ids.RemoveAt(pageSize);
        }

        var rows = ids.Count == 0 ? [] : await rowsWithIds(ids).ToListAsync(ct);
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return new Page<TRow>(rows.OrderBy(r => position[idOf(r)]).ToList(), pageNumber, pageSize, total)
        {
            ByKey = true,
            MoreThanTotal = moreThanTotal,
            PreviousBefore = hasPrevious && ids.Count > 0 ? Convert.ToInt64(ids[0]) : null,
            NextAfter = hasNext && ids.Count > 0 ? Convert.ToInt64(ids[^1]) : null,
        };
    }

    /// <summary>
    /// The total up to <see cref="CountLimit"/>, or to one past the page asked for if that is further, so a deep page can
    /// still say where it is. Reaching the limit means "more than": the count never reads the whole list. The query comes
    /// ordered as the page is, so the count walks the same index (a limit without an order would also be a warning per view).
    /// </summary>
    private static async Task<(int Total, bool MoreThan)> CountUpToAsync<T>(IQueryable<T> query, int pageNumber, int pageSize, CancellationToken ct)
    {
        var limit = Math.Max(CountLimit, (long)pageNumber * pageSize);
        var counted = await query.Take((int)Math.Min(limit + 1, int.MaxValue)).CountAsync(ct);
        return counted > limit ? ((int)limit, true) : (counted, false);
    }
}
