using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Shared;

/// <summary>One page of a list that can grow; every such list is paged.</summary>
public record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
    public int FirstItem => TotalCount == 0 ? 0 : (PageNumber - 1) * PageSize + 1;
    public int LastItem => Math.Min(TotalCount, PageNumber * PageSize);
}

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));
        var items = await query.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, pageNumber, pageSize, total);
    }
}
