using System.Collections.Concurrent;
using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Audit;

/// <summary>
/// The audit log keeps each value as the text it was saved as: ids, flags, enum names, storage keys, dates. This tells
/// them as a person reads them: names for ids (a page's ids resolved in one query), Yes or No, labels in the reader's
/// language, dates in their calendar, "photo changed" for a stored file, an account's email for its id.
/// </summary>
public class AuditValues(ErmDbContext db, ViewerFormat format, IStringLocalizer<AuditResource> l)
{
    /// <summary>Fields that hold where a file is stored: the path means nothing to a reader, and the file is not the log's to show.</summary>
    private static readonly HashSet<(string Entity, string Field)> FileFields = [(nameof(Employee), nameof(Employee.PhotoKey))];

    private static readonly ConcurrentDictionary<(string Entity, string Field), Type?> Properties = new();
    private static readonly ConcurrentDictionary<(string Entity, string Field), Type?> References = new();

    private Dictionary<(string Type, string Key), string> _names = [];

    /// <summary>The names of everything the values of these changes refer to, in one query.</summary>
    public async Task ResolveAsync(IEnumerable<(string EntityType, string? Field, string? OldValue, string? NewValue)> changes, CancellationToken ct)
    {
        var keys = changes.Where(c => c.Field is not null)
            .SelectMany(c => new[] { c.OldValue, c.NewValue }.OfType<string>().Select(v => (Type: ReferenceOf(c.EntityType, c.Field!), Key: v)))
            .Where(k => k.Type is not null).Distinct().ToList();
        int[] Ids(Type type) => keys.Where(k => k.Type == type).Select(k => int.TryParse(k.Key, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
            .OfType<int>().ToArray();
        var (people, departments, positions, locations) = (Ids(typeof(Employee)), Ids(typeof(Department)), Ids(typeof(Position)), Ids(typeof(Location)));
        var accounts = keys.Where(k => k.Type == typeof(ApplicationUser)).Select(k => k.Key).ToArray();

        IQueryable<Name>? names = null;
        void Add(bool any, IQueryable<Name> query) => names = !any ? names : names is null ? query : names.Concat(query);
        Add(people.Length > 0, db.Employees.Where(e => people.Contains(e.Id))
            .Select(e => new Name { Type = nameof(Employee), Key = e.Id.ToString(), Text = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }));
        Add(departments.Length > 0, db.Departments.Where(d => departments.Contains(d.Id))
            .Select(d => new Name { Type = nameof(Department), Key = d.Id.ToString(), Text = d.Name }));
        Add(positions.Length > 0, db.Positions.Where(p => positions.Contains(p.Id))
            .Select(p => new Name { Type = nameof(Position), Key = p.Id.ToString(), Text = p.Title }));
        Add(locations.Length > 0, db.Locations.Where(x => locations.Contains(x.Id))
            .Select(x => new Name { Type = nameof(Location), Key = x.Id.ToString(), Text = x.Name }));
        Add(accounts.Length > 0, db.Users.Where(u => accounts.Contains(u.Id))
            .Select(u => new Name { Type = nameof(ApplicationUser), Key = u.Id, Text = u.Email! }));
        _names = names is null ? [] : (await names.ToListAsync(ct)).ToDictionary(n => (n.Type, n.Key), n => n.Text);
    }

    /// <summary>A value of a field as the reader reads it. Unknown references (a position since deleted) keep their stored text.</summary>
    private string? Read(string entityType, string field, string? value)
    {
        if (value is null) return null;
        if (ReferenceOf(entityType, field) is { } reference)
            return _names.GetValueOrDefault((reference.Name, value)) ?? value;
        return PropertyOf(entityType, field) switch
        {
            { } t when t == typeof(bool) => bool.TryParse(value, out var yes) ? l[yes ? "Yes" : "No"] : value,
            { } t when t == typeof(DateOnly) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? format.Date(d) : value,
            { } t when t == typeof(EmployeeStatus) => Enum.TryParse<EmployeeStatus>(value, out var s) ? l[Labels.Of(s)] : value,
            { } t when t == typeof(EmploymentType) => Enum.TryParse<EmploymentType>(value, out var e) ? l[Labels.Of(e)] : value,
            _ => value,
        };
    }

    /// <summary>
    /// Before and after of a change as the reader reads them. A stored file is told by what happened to it, with
    /// nothing before it.
    /// </summary>
    public (string? Before, string? After) Change(string entityType, string? field, string? oldValue, string? newValue)
    {
        // A row added or removed is described in a line (a skill, an emergency contact): before it was removed, after it was added.
        if (field is null)
            return entityType == nameof(EmployeeTag) ? (Tag(oldValue), Tag(newValue)) : (oldValue, newValue);
        if (FileFields.Contains((entityType, field)))
            return (null, (oldValue, newValue) switch
            {
                (null, not null) => l["photo added"],
                (not null, null) => l["photo removed"],
                _ => l["photo changed"],
            });
        return (Read(entityType, field, oldValue), Read(entityType, field, newValue));
    }

    /// <summary>A skill or interest as the interceptor describes it ("Skill: Rust"), in the reader's words.</summary>
    private string? Tag(string? description) =>
        description?.Split(": ", 2) is [var kind, var name] && Enum.TryParse<TagKind>(kind, out var k)
            ? l[k == TagKind.Skill ? "Skill: {0}" : "Interest: {0}", name] : description;

    private Type? ReferenceOf(string entityType, string field) =>
        References.GetOrAdd((entityType, field), key => FindProperty(key) is { } p
            ? p.GetContainingForeignKeys().Select(fk => fk.PrincipalEntityType.ClrType).FirstOrDefault() : null);

    private Type? PropertyOf(string entityType, string field) =>
        Properties.GetOrAdd((entityType, field), key => FindProperty(key) is { } p ? Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType : null);

    private IProperty? FindProperty((string Entity, string Field) key) =>
        db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == key.Entity)?.FindProperty(key.Field);

    private sealed class Name
    {
        public required string Type { get; init; }
        public required string Key { get; init; }
        public required string Text { get; init; }
    }
}
