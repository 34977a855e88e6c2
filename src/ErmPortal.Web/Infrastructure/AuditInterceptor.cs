using System.Globalization;
using System.Reflection;
using ErmPortal.Data;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ErmPortal.Web.Infrastructure;

/// <summary>
/// Records every change to an entity that opts in (<see cref="IAudited"/>) as it is saved: who, when, which field,
/// old and new value. Changes and deletions are written in the same save; additions after it, once their ids exist.
/// Both land in the command's transaction, so a change is never saved without its audit trail. Who may later read
/// a value is not decided here: each field declares its visibility and the audit view applies it.
/// </summary>
public class AuditInterceptor(ICurrentUser currentUser, IClock clock) : SaveChangesInterceptor
{
    private readonly List<EntityEntry> _added = [];

    /// <summary>Off only while the seeder fills an empty database: generated demo people are not changes anyone made.</summary>
    public bool Enabled { get; set; } = true;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Enabled && eventData.Context is ErmDbContext db) Capture(db);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ErmDbContext db && _added.Count > 0)
        {
            var added = _added.ToList();
            _added.Clear();
            db.AuditEntries.AddRange(added.Select(e => Entry(e, "Added", field: null, oldValue: null, newValue: Describe(e), sensitive: false)));
            await db.SaveChangesAsync(cancellationToken);
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>
    /// The "Added" rows for entries written without a save (<see cref="Mediator.PreparedInserts"/>), whose keys are
    /// already given: the same trail a save would leave.
    /// </summary>
    public IReadOnlyList<AuditEntry> AddedRows(IEnumerable<EntityEntry> entries) =>
        Enabled ? entries.Where(e => e.Entity is IAudited).Select(e => Entry(e, "Added", null, null, null, false)).ToList() : [];

    private void Capture(ErmDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is IAudited).ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    _added.Add(entry);
                    break;
                case EntityState.Deleted:
                    db.AuditEntries.Add(Entry(entry, "Deleted", null, Describe(entry), null, false));
                    break;
                case EntityState.Modified:
                    foreach (var property in entry.Properties.Where(p => p.IsModified && p.Metadata.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is null))
                    {
                        var oldValue = Format(property.OriginalValue);
                        var newValue = Format(property.CurrentValue);
                        if (oldValue == newValue) continue;
                        // Sensitive values are masked before they are written: the audit proves who changed them, it is not a copy of them.
                        var sensitive = property.Metadata.PropertyInfo?.GetCustomAttribute<SensitiveAttribute>() is not null;
                        db.AuditEntries.Add(Entry(entry, "Modified", property.Metadata.Name,
                            sensitive ? Masking.Mask(oldValue) : oldValue, sensitive ? Masking.Mask(newValue) : newValue, sensitive));
                    }
                    break;
            }
        }
    }

    private AuditEntry Entry(EntityEntry entry, string action, string? field, string? oldValue, string? newValue, bool sensitive) => new()
    {
        AtUtc = clock.UtcNow,
        UserId = currentUser.UserId,
        ActorName = currentUser.ActorName(),
        EntityType = entry.Metadata.ClrType.Name,
        EntityId = Format(entry.Property("Id").CurrentValue) ?? "",
        EmployeeId = ((IAudited)entry.Entity).AuditedEmployeeId,
        Action = action,
        Field = field,
        OldValue = Truncate(oldValue),
        NewValue = Truncate(newValue),
        Sensitive = sensitive,
    };

    /// <summary>What an added or deleted row is, in a line (a skill, an emergency contact); read under the entity's visibility.</summary>
    private static string? Describe(EntityEntry entry) => (entry.Entity as IAuditDescribed)?.AuditDescription;

    internal static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Truncate(string? value) => value is { Length: > 2000 } ? value[..2000] : value;
}
