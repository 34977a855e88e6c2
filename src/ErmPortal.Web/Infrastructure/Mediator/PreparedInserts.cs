using System.Data.Common;
using System.Diagnostics;
using ErmPortal.Data;
using ErmPortal.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>
/// Writes the rows a bulk command added with one prepared, parameterised INSERT per table, reused for every row,
/// instead of a save's command per row: for a 10,000-row import (people, job history, accounts, roles, invitations,
/// timeline and audit rows) that is the difference between holding SQLite's one write lock for a second or two and
/// for many. It does for added rows what a save does: numbers them as their tables would, leaves their audit trail,
/// has the foreign keys checked (at the commit) and tracks the rows as saved afterwards. All of it but the inserts is
/// done before the transaction. Table and column names come from the model; every value is a parameter.
/// </summary>
public class PreparedInserts(ErmDbContext db, AuditInterceptor audit, ILogger<PreparedInserts> logger)
{
    private List<EntityEntry> _rows = [];

    /// <summary>Before the transaction: the added rows and their audit rows, each with its number.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        await NumberAsync(added, cancellationToken);
        var trail = audit.AddedRows(added);
        db.AuditEntries.AddRange(trail);
        var trailRows = trail.Select(t => db.Entry(t)).ToList();
        await NumberAsync(trailRows, cancellationToken);
        _rows = [.. added, .. trailRows];
    }

    /// <summary>Inside the transaction: the prepared rows, table by table.</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("Rows are written inside the unit of work's transaction.");
        var watch = Stopwatch.StartNew();
        // Checked at the commit rather than row by row, so the tables can be written in any order.
        await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON", cancellationToken);
        foreach (var table in _rows.GroupBy(e => e.Metadata))
            Insert(transaction, table.Key, table.ToList());
        foreach (var row in _rows) row.State = EntityState.Unchanged;
        logger.LogInformation("Wrote {Rows} prepared rows in {Milliseconds} ms", _rows.Count, watch.ElapsedMilliseconds);
        _rows = [];
    }

    /// <summary>Rows their table numbers get numbers reserved now, so that their audit rows can name them.</summary>
    private async Task NumberAsync(IEnumerable<EntityEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var table in entries.GroupBy(e => e.Metadata))
        {
            if (table.Key.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } id]) continue;
            var unnumbered = table.Select(e => e.Property(id.Name)).Where(p => p.IsTemporary).ToList();
            if (unnumbered.Count == 0) continue;
            if (id.GetValueGenerationStrategy() != SqliteValueGenerationStrategy.Autoincrement)
                throw new NotSupportedException($"{table.Key.DisplayName()} is numbered without AUTOINCREMENT; its rows cannot be numbered ahead.");
            var next = await IdBlocks.ReserveAsync(db, table.Key.GetTableName()!, unnumbered.Count, cancellationToken) - unnumbered.Count;
            foreach (var key in unnumbered)
            {
                key.CurrentValue = Convert.ChangeType(++next, id.ClrType, System.Globalization.CultureInfo.InvariantCulture);
                key.IsTemporary = false;
            }
        }
    }

    private static void Insert(DbTransaction transaction, IEntityType type, List<EntityEntry> rows)
    {
        // The keys were numbered ahead, so they are written with the rows.
        using var insert = PreparedRowCommand.Insert(transaction, type, numberedByTable: false);
        foreach (var row in rows)
            insert.Execute(property => row.CurrentValues[property]);
    }
}
