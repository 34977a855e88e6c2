using ErmPortal.Data;
using ErmPortal.Migrations.Sqlite.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace ErmPortal.Web.Seeding;

/// <summary>
/// A bulk load without SQLite's per-row triggers. Inside the load's transaction the triggers are dropped (no other
/// connection ever sees them gone), the rows written, the triggers made again from the definitions the database held,
/// and what they keep (figures, search indexes, table versions) computed once from all the rows: the same result as
/// row by row, for a fraction of the work when the rows number in the hundreds of thousands.
/// </summary>
public sealed class TriggersSuspended
{
    private readonly ErmDbContext _db;
    private readonly IReadOnlyList<string> _definitions;

    private TriggersSuspended(ErmDbContext db, IReadOnlyList<string> definitions) => (_db, _definitions) = (db, definitions);

    private record Trigger(string Name, string Definition);

    /// <summary>Drops every trigger; call inside the transaction that writes and then calls <see cref="RestoreAsync"/>.</summary>
    public static async Task<TriggersSuspended> SuspendAsync(ErmDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Triggers are suspended only inside a transaction.");
        var triggers = await db.Database.SqlQuery<Trigger>($"SELECT name AS Name, sql AS Definition FROM sqlite_master WHERE type = 'trigger'")
            .ToListAsync(cancellationToken);
        // The names come from the schema, quoted as identifiers.
        foreach (var trigger in triggers)
            await ExecuteAsync(db, $"DROP TRIGGER \"{trigger.Name.Replace("\"", "\"\"")}\";", cancellationToken);
        return new TriggersSuspended(db, triggers.Select(t => t.Definition).ToList());
    }

    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in _definitions)
            await ExecuteAsync(_db, definition, cancellationToken);
        var refill = new MigrationBuilder(_db.Database.ProviderName);
        TriggerKeptData.Refill(refill);
        foreach (var operation in refill.Operations.Cast<SqlOperation>())
            await ExecuteAsync(_db, operation.Sql, cancellationToken);
    }

    /// <summary>Through the connection as it is: the text is the schema's and the migrations', sent without formatting.</summary>
    private static async Task ExecuteAsync(ErmDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
