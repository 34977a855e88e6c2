using MediatR;

namespace ErmPortal.Data.Shared;

/// <summary>An entity that can raise domain events; the unit of work publishes them inside the command's transaction.</summary>
public abstract class Entity
{
    private readonly List<INotification> _domainEvents = [];

    public int Id { get; set; }

    public IReadOnlyCollection<INotification> DomainEvents => _domainEvents;

    protected void Raise(INotification domainEvent) => _domainEvents.Add(domainEvent);

    public List<INotification> TakeDomainEvents()
    {
        var events = _domainEvents.ToList();
        _domainEvents.Clear();
        return events;
    }
}

/// <summary>
/// An entity edited through forms. SQLite has no rowversion, so the context stamps a new
/// <see cref="Version"/> on every update and EF checks the old one: a stale edit fails instead of overwriting.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>
/// A row that belongs to a versioned aggregate and is edited on its form (a person's emergency contacts and skills).
/// Adding, changing or removing it changes the aggregate, so the context stamps the aggregate's version too: otherwise a
/// form that saved only these rows would leave the old version, and a stale second tab would overwrite them unnoticed.
/// </summary>
public interface IVersionedPart
{
    /// <summary>The aggregate's entity type and key.</summary>
    (Type Type, object Key) Aggregate { get; }
}

/// <summary>
/// Thrown when a rule that only the domain can check is broken; the web layer shows it next to the field. The message
/// is an English text with {0}-style placeholders for the arguments, so the page can translate it.
/// </summary>
public class DomainRuleException(string propertyName, string message, params object[] arguments) : Exception(message)
{
    public string PropertyName { get; } = propertyName;
    public object[] Arguments { get; } = arguments;
}
