using ErmPortal.Data.Infrastructure;
using ErmPortal.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace ErmPortal.Tests.Web;

/// <summary>How the portal sets up SQLite: once per pooled connection, with settings a page can feel.</summary>
public class SqliteConnectionSetupTests(PortalFactory portal) : IClassFixture<PortalFactory>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "erm-tests", $"{Guid.NewGuid():N}.db");

    [Fact]
    public void Should_run_the_pragmas_once_per_pooled_connection_when_it_is_opened_again_and_again()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var pragmas = new SqlitePragmas(new SqliteSettings { CacheSizeKib = 1234, MemoryMapMib = 8 });
        var runs = 0;
        var connectionString = $"Data Source={_path}";

        for (var open = 0; open < 5; open++)
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            // The pool hands back the same native connection each time; the trace stays on it, like its settings.
            if (open == 0) raw.sqlite3_trace(connection.Handle, (_, sql) => { if (sql.Contains("cache_size=-", StringComparison.Ordinal)) runs++; }, null);
            pragmas.ConnectionOpened(connection, null!);
            Assert.Equal(-1234L, Scalar(connection, "PRAGMA cache_size"));
        }
        Assert.Equal(1, runs);

        // A second connection open at the same time is another native connection: it gets its own settings.
        using var first = new SqliteConnection(connectionString);
        using var second = new SqliteConnection(connectionString);
        first.Open();
        second.Open();
        Assert.NotSame(first.Handle, second.Handle);
        pragmas.ConnectionOpened(first, null!);
        pragmas.ConnectionOpened(second, null!);
        Assert.Equal(-1234L, Scalar(second, "PRAGMA cache_size"));
        Assert.Equal(8L * 1024 * 1024, Scalar(second, "PRAGMA mmap_size"));
    }

    [Fact]
    public async Task Should_read_with_wal_foreign_keys_a_sized_cache_and_table_statistics_when_the_portal_has_started()
    {
        var settings = await portal.QueryDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            return new
            {
                Journal = Scalar(connection, "PRAGMA journal_mode"),
                ForeignKeys = Scalar(connection, "PRAGMA foreign_keys"),
                Cache = Scalar(connection, "PRAGMA cache_size"),
                MemoryMap = Scalar(connection, "PRAGMA mmap_size"),
                // PRAGMA optimize at start-up analysed the seeded tables.
                AnalysedTables = Scalar(connection, "SELECT COUNT(DISTINCT tbl) FROM sqlite_stat1 WHERE tbl IN ('Employees', 'TimelineEntries')"),
            };
        });

        var defaults = new SqliteSettings();
        Assert.Equal("wal", settings.Journal);
        Assert.Equal(1L, settings.ForeignKeys);
        Assert.Equal(-(long)defaults.CacheSizeKib, settings.Cache);
        Assert.Equal(defaults.MemoryMapMib * 1024L * 1024L, settings.MemoryMap);
        Assert.Equal(2L, settings.AnalysedTables);
    }

    private static object? Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection($"Data Source={_path}")) SqliteConnection.ClearPool(connection);
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(file);
    }
}
