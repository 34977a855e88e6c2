using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Data.Infrastructure;

/// <summary>
/// Numbers taken ahead from a table's AUTOINCREMENT sequence, in one short write of their own. Rows given them can be
/// prepared, and named by other rows, before the transaction that writes them begins. SQLite never hands out a number
/// at or below the sequence, so nobody writing meanwhile takes one; numbers not used in the end leave a gap, nothing more.
/// </summary>
public static class IdBlocks
{
    /// <summary>The last of <paramref name="count"/> numbers reserved for the table; the first is <c>last - count + 1</c>.</summary>
    public static async Task<long> ReserveAsync(ErmDbContext db, string table, int count, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO sqlite_sequence (name, seq) SELECT {table}, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = {table})",
            cancellationToken);
        var last = await db.Database.SqlQuery<long>($"UPDATE sqlite_sequence SET seq = seq + {count} WHERE name = {table} RETURNING seq AS Value")
            .ToListAsync(cancellationToken);
        return last.Single();
    }

    public static Task<long> ReserveAsync<TEntity>(ErmDbContext db, int count, CancellationToken cancellationToken) =>
        ReserveAsync(db, db.Model.FindEntityType(typeof(TEntity))!.GetTableName()!, count, cancellationToken);
}
