using ErmPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// A database of its own for a data migration's test: brought to the migration before, filled the way an older portal
/// left it, then upgraded and read. Deleted with the test.
/// </summary>
public abstract class MigrationTestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "erm-tests", $"migration-{Guid.NewGuid():N}.db");

    protected ErmDbContext Context()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        return new ErmDbContext(new DbContextOptionsBuilder<ErmDbContext>()
            .UseSqlite($"Data Source={_path}", o => o.MigrationsAssembly("ErmPortal.Migrations.Sqlite")).Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_path + suffix);
        GC.SuppressFinalize(this);
    }
}
