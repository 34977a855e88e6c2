using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ErmPortal.Data.Infrastructure;

/// <summary>How SQLite may use memory; the "Sqlite" configuration section.</summary>
public class SqliteSettings
{
    /// <summary>
    /// Page cache of each connection, in KiB: the indexes a page reads stay in memory instead of being read from the
    /// file again. Multiplied by the connections the pool keeps (one per request reading at that moment, so some
    /// dozens under load), which is why it is a few MiB and not the size of the database.
    /// </summary>
    public int CacheSizeKib { get; set; } = 4096;

    /// <summary>
    /// How much of the database file each connection reads through a memory map, in MiB; off by default. It saves
    /// copying pages, but every connection maps the file on its own and the pages it touches count in the process's
    /// resident memory once per connection: with 100,000 employees and 32 clients, 128 MiB took the portal from under
    /// 300 MB to over 1 GB. Worth trying on a machine with memory to spare and few concurrent requests.
    /// </summary>
    public int MemoryMapMib { get; set; }
}

/// <summary>
/// Sets up each SQLite connection once: WAL lets readers work beside the one writer, foreign keys are enforced, a
/// writer waits for the lock instead of failing with "database is locked", and the cache and memory map are sized.
/// </summary>
/// <remarks>
/// EF opens and closes the connection around every query, but the pool hands back the same native connection, which
/// keeps its settings: running the PRAGMAs on every open cost one more round of statements per query. The native
/// handles already set up are remembered weakly, so a connection the pool closes is forgotten with it.
/// </remarks>
public class SqlitePragmas(SqliteSettings settings) : DbConnectionInterceptor
{
    /// <summary>
    /// SQLite's multi-thread mode: each connection is used by one thread at a time (the pool hands it to one context,
    /// and a context is never shared), so the lock SQLite would otherwise take around every call on a connection only
    /// costs time. Takes effect only before the process's first connection; later it changes nothing.
    /// </summary>
    public static bool UseMultiThreadMode()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
               && raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }

    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();

    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; " +
        $"PRAGMA cache_size=-{settings.CacheSizeKib}; PRAGMA mmap_size={settings.MemoryMapMib * 1024L * 1024L};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NotYetConfigured(connection) is not { } handle) return;
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        _configured.AddOrUpdate(handle, this);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NotYetConfigured(connection) is not { } handle) return;
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        _configured.AddOrUpdate(handle, this);
    }

    // Marked only once the PRAGMAs have run, so a failure is retried on the next open.
    private sqlite3? NotYetConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && !_configured.TryGetValue(handle, out _) ? handle : null;
}
