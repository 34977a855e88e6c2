using System.Data.Common;
using ErmPortal.Data;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>
/// Writes demo rows into their tables inside the seeding transaction, without the change tracker: one prepared INSERT
/// per table, reused for every row, and nothing kept of a row once it is written. Seeding 100,000 people means a couple
/// of million rows; through saves they cost minutes and hundreds of megabytes of tracked entities, this way seconds.
/// The rows go in through ordinary INSERTs, so whatever the tables' triggers keep (counts, search indexes) stays right.
/// A row its table numbers gets its number back, so the rows that point at it can be written next. A row already
/// written can have some of its columns written again, after a domain method has changed them.
/// </summary>
public sealed class DemoRows(ErmDbContext db) : IDisposable
{
    private readonly Dictionary<Type, Table> _tables = [];
    private readonly Dictionary<(Type, string), PreparedRowCommand> _updates = [];

    private sealed record Table(PreparedRowCommand Insert, IProperty? Key);

    public T Add<T>(T row) where T : class
    {
        var table = TableOf(typeof(T));
        var number = table.Insert.Execute(property => property.GetGetter().GetClrValueUsingContainingEntity(row));
        if (table.Key is { PropertyInfo: { } key })
            key.SetValue(row, Convert.ChangeType(number, key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        return row;
    }

    public void AddRange<T>(IEnumerable<T> rows) where T : class
    {
        foreach (var row in rows) Add(row);
    }

    /// <summary>Writes the named properties of a row already in its table, such as what a domain method changed on it.</summary>
    public void Update<T>(T row, params string[] properties) where T : class
    {
        var key = (typeof(T), string.Join(",", properties));
        if (!_updates.TryGetValue(key, out var update))
        {
            var entityType = EntityType(typeof(T));
            _updates[key] = update = PreparedRowCommand.Update(Transaction(), entityType, properties.Select(entityType.GetProperty).ToList());
        }
        update.Execute(property => property.GetGetter().GetClrValueUsingContainingEntity(row));
    }

    private IEntityType EntityType(Type type)
    {
        var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        if (entityType.GetProperties().Any(p => p.IsShadowProperty()))
            throw new NotSupportedException($"{type.Name} has columns its objects do not hold; it cannot be written from them.");
        return entityType;
    }

    private DbTransaction Transaction() => db.Database.CurrentTransaction?.GetDbTransaction()
                                           ?? throw new InvalidOperationException("Demo rows are written inside the seeding transaction.");

    private Table TableOf(Type type)
    {
        if (_tables.TryGetValue(type, out var table)) return table;
        var entityType = EntityType(type);
        var key = PreparedRowCommand.GeneratedKey(entityType);
        table = new Table(PreparedRowCommand.Insert(Transaction(), entityType, numberedByTable: key is not null), key);
        _tables[type] = table;
        return table;
    }

    public void Dispose()
    {
        foreach (var table in _tables.Values) table.Insert.Dispose();
        foreach (var update in _updates.Values) update.Dispose();
        _tables.Clear();
        _updates.Clear();
    }
}
