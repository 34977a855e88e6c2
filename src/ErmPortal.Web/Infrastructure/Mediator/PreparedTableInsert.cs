using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>
/// One table's INSERT, built from the model (table, columns, each column's type and conversion) and prepared once,
/// then run for row after row with new parameter values: what a save sends per row, without a save's cost per row.
/// Every value is a parameter. When the table numbers its rows (<c>numberedByTable</c>), the key column is left out
/// and each insert returns the number the row was given.
/// </summary>
public sealed class PreparedTableInsert : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly bool _returnsKey;

    public PreparedTableInsert(DbTransaction transaction, IEntityType type, bool numberedByTable)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = numberedByTable ? GeneratedKey(type) ?? throw new NotSupportedException($"{type.DisplayName()} is not numbered by its table.") : null;
        Columns = type.GetProperties().Where(p => p.GetColumnName(table) is not null && p != key).ToList();
        _returnsKey = key is not null;
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", Columns.Select(p => $"\"{p.GetColumnName(table)}\""))}) " +
                               $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})" +
                               (key is null ? "" : $" RETURNING \"{key.GetColumnName(table)}\"");
        // Each parameter is made once, the way a save makes it (its type), and given each row's value in turn.
        _mappings = Columns.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
        _parameters = Columns.Select((p, i) => _mappings[i].CreateParameter(_command, $"@p{i}", null, p.IsNullable)).ToArray();
        _command.Parameters.AddRange(_parameters);
        _command.Prepare();
    }

    /// <summary>The columns written, in order; a row's values are asked for by these properties.</summary>
    public IReadOnlyList<IProperty> Columns { get; }

    /// <summary>The single key property the table numbers itself (AUTOINCREMENT or rowid), if it has one.</summary>
    public static IProperty? GeneratedKey(IEntityType type) =>
        type.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;

    /// <summary>Inserts one row; returns the number the table gave it, or null when the key was written with the row.</summary>
    public long? Execute(Func<IProperty, object?> valueOf)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            var value = valueOf(Columns[i]);
            if (value is not null && _mappings[i].Converter is { } converter) value = converter.ConvertToProvider(value);
            _parameters[i].Value = value ?? DBNull.Value;
        }
        // SQLite runs in this process: its asynchronous calls are synchronous underneath, at a cost per row.
        if (!_returnsKey)
        {
            _command.ExecuteNonQuery();
            return null;
        }
        return Convert.ToInt64(_command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}
