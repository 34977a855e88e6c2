using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>
/// One table's INSERT (or UPDATE of a row by its key), built from the model (table, columns, each column's type and
/// conversion) and prepared once, then run for row after row with new parameter values: what a save sends per row,
/// without a save's cost per row. Every value is a parameter. An insert into a table that numbers its rows leaves the
/// key out and returns the number each row was given.
/// </summary>
public sealed class PreparedRowCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly bool _returnsKey;

    private PreparedRowCommand(DbTransaction transaction, IReadOnlyList<IProperty> columns, Func<StoreObjectIdentifier, string> text, IEntityType type, bool returnsKey)
    {
        Columns = columns;
        _returnsKey = returnsKey;
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = text(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()));
        // Each parameter is made once, the way a save makes it (its type), and given each row's value in turn.
        _mappings = Columns.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
        _parameters = Columns.Select((p, i) => _mappings[i].CreateParameter(_command, $"@p{i}", null, p.IsNullable)).ToArray();
        _command.Parameters.AddRange(_parameters);
        _command.Prepare();
    }

    /// <summary>An INSERT of every column; with <paramref name="numberedByTable"/>, of all but the key the table gives.</summary>
    public static PreparedRowCommand Insert(DbTransaction transaction, IEntityType type, bool numberedByTable)
    {
        var key = numberedByTable ? GeneratedKey(type) ?? throw new NotSupportedException($"{type.DisplayName()} is not numbered by its table.") : null;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => p.GetColumnName(table) is not null && p != key).ToList();
        return new PreparedRowCommand(transaction, columns, t =>
            $"INSERT INTO \"{t.Name}\" ({string.Join(", ", columns.Select(p => $"\"{p.GetColumnName(t)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})" +
            (key is null ? "" : $" RETURNING \"{key.GetColumnName(t)}\""), type, returnsKey: key is not null);
    }

    /// <summary>An UPDATE of the given properties of the row with the given (single) key.</summary>
    public static PreparedRowCommand Update(DbTransaction transaction, IEntityType type, IReadOnlyList<IProperty> properties)
    {
        var key = type.FindPrimaryKey()?.Properties is [var single] ? single : throw new NotSupportedException($"{type.DisplayName()} has no single key.");
        var columns = properties.Append(key).ToList();
        return new PreparedRowCommand(transaction, columns, t =>
            $"UPDATE \"{t.Name}\" SET {string.Join(", ", properties.Select((p, i) => $"\"{p.GetColumnName(t)}\" = @p{i}"))} " +
            $"WHERE \"{key.GetColumnName(t)}\" = @p{properties.Count}", type, returnsKey: false);
    }

    /// <summary>The columns written, in order (an update's key last); a row's values are asked for by these properties.</summary>
    public IReadOnlyList<IProperty> Columns { get; }

    /// <summary>The single key property the table numbers itself (AUTOINCREMENT or rowid), if it has one.</summary>
    public static IProperty? GeneratedKey(IEntityType type) =>
        type.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;

    /// <summary>Runs the command for one row; an insert into a numbering table returns the row's number.</summary>
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
