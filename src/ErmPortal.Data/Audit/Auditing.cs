using System.Reflection;

namespace ErmPortal.Data.Audit;

/// <summary>
/// Who may read a field's values, named after the part of the profile that shows it: the audit log shows a value
/// to exactly those who may see that field on the person's profile.
/// </summary>
public enum FieldVisibility
{
    /// <summary>What every colleague sees: names, work contact, position, department, location, manager, skills.</summary>
    Card,
    /// <summary>Employment and job history: the person, their manager chain, HR and Admin.</summary>
    Employment,
    /// <summary>Home, family, private contact, identity and bank: the person and HR.</summary>
    Personal,
    /// <summary>Career aspirations: the person, their manager chain and HR.</summary>
    Development,
    /// <summary>Ratings as calibration sets them: the manager chain and HR, not the person (who reads them in the shared review).</summary>
    Performance,
    /// <summary>Salary and its history: the person, their manager chain and HR; never peers, never Admin.</summary>
    Pay,
}

/// <summary>An entity whose changes are written to the audit log. Every change is about one employee, for searching by person.</summary>
public interface IAudited
{
    int AuditedEmployeeId { get; }
}

/// <summary>An audited entity that says in a line what an added or removed row of it is (a skill, an emergency contact).</summary>
public interface IAuditDescribed
{
    string AuditDescription { get; }
}

/// <summary>
/// On a property of an audited entity: its label (English, translated when shown) and who may read its values.
/// On the entity class: the entity's label and the visibility of the one-line description written when a row is added
/// or removed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class AuditFieldAttribute(FieldVisibility visibility, string label) : Attribute
{
    public FieldVisibility Visibility { get; } = visibility;
    public string Label { get; } = label;
}

/// <summary>A property of an audited entity that is bookkeeping, not data about the person (a concurrency token).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>The audited entity types and fields, read once from their attributes.</summary>
public static class AuditedFields
{
    public record Field(string EntityType, string Name, string Label, FieldVisibility Visibility);

    public record EntityType(string Name, string Label, FieldVisibility Visibility, IReadOnlyDictionary<string, Field> Fields);

    /// <summary>Account rows are written by the accounts module's subscribers, not by the interceptor: roles and sign-in state.</summary>
    public const string Account = "Account";
    public const string RoleField = "Role";

    private static readonly Dictionary<string, EntityType> Types = Discover();

    public static IReadOnlyCollection<EntityType> All => Types.Values;

    public static EntityType? Find(string entityType) => Types.GetValueOrDefault(entityType);

    /// <summary>Unknown fields (an entity or field since removed) are treated as personal: shown to the fewest people.</summary>
    public static FieldVisibility VisibilityOf(string entityType, string? field) =>
        Find(entityType) is not { } type ? FieldVisibility.Personal
        : field is null ? type.Visibility
        : type.Fields.TryGetValue(field, out var f) ? f.Visibility : FieldVisibility.Personal;

    private static Dictionary<string, EntityType> Discover()
    {
        var types = typeof(AuditedFields).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAudited).IsAssignableFrom(t))
            .Select(t =>
            {
                var entity = t.GetCustomAttribute<AuditFieldAttribute>()
                             ?? throw new InvalidOperationException($"{t.Name} is audited but has no [AuditField] label and visibility.");
                var fields = t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Select(p => (Property: p, Attribute: p.GetCustomAttribute<AuditFieldAttribute>()))
                    .Where(p => p.Attribute is not null)
                    .ToDictionary(p => p.Property.Name, p => new Field(t.Name, p.Property.Name, p.Attribute!.Label, p.Attribute.Visibility));
                return new EntityType(t.Name, entity.Label, entity.Visibility, fields);
            })
            .ToDictionary(t => t.Name);
        types[Account] = new EntityType(Account, "Account", FieldVisibility.Employment, new Dictionary<string, Field>
        {
            [RoleField] = new(Account, RoleField, "Role", FieldVisibility.Employment),
        });
        return types;
    }
}
