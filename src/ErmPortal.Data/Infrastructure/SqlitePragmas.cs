using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ErmPortal.Data.Infrastructure;

/// <summary>
/// Sets up every SQLite connection as it opens: WAL lets readers work beside the one writer,
/// foreign keys are enforced, and a writer waits for the lock instead of failing with "database is locked".
/// </summary>
public class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
