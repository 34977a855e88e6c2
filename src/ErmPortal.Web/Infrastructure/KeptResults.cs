using ErmPortal.Data;
using ErmPortal.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ErmPortal.Web.Infrastructure;

/// <summary>
/// Results many people ask for and few writes change (HR's home-page figures, a page's filter lists), kept in memory
/// until a table they were read from changes. Each tracked table has a version the database moves on every write
/// (<see cref="TableVersion"/>); a kept result is filed under the versions it was read at, so the first request after
/// a write reads afresh and nobody sees a figure older than the last write. The versions are read once per request,
/// in one command.
/// </summary>
public class KeptResults(IMemoryCache cache, ErmDbContext db)
{
    /// <summary>A result whose versions no longer match is never asked for again; it goes after this long unused.</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private Dictionary<string, long>? _versions;

    /// <summary>
    /// The result kept under <paramref name="key"/> at the current versions of <paramref name="tables"/>, computed and
    /// kept when there is none. The key names the result and anything else it depends on (the day, a person).
    /// </summary>
    public async Task<T> GetAsync<T>(object key, IReadOnlyList<string> tables, Func<CancellationToken, Task<T>> compute,
        CancellationToken cancellationToken) where T : notnull
    {
        _versions ??= await db.Set<TableVersion>().AsNoTracking().ToDictionaryAsync(v => v.Name, v => v.Version, cancellationToken);
        var versions = string.Join(',', tables.Select(table => _versions.TryGetValue(table, out var version)
            ? version
            : throw new InvalidOperationException($"Table {table} is not tracked: a migration must track it (TableVersionsMigration.Track).")));
        var fullKey = (typeof(T), key, versions);
        if (cache.TryGetValue(fullKey, out T? kept)) return kept!;
        var result = await compute(cancellationToken);
        cache.Set(fullKey, result, new MemoryCacheEntryOptions { SlidingExpiration = Unused });
        return result;
    }
}
