using MediatR;

namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>A request that changes state: it runs inside the unit of work (one transaction, events published before commit).</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A command with no result.</summary>
public interface ICommand : ICommand<Unit>;

/// <summary>
/// A command that writes thousands of rows at once (an import). SQLite has one writer, and a sign-in waits for it no
/// longer than the busy timeout; so its handler and the subscribers to its events only read and add to the unit of
/// work, with the keys the rows need already given, and the write transaction begins after them, when everything is
/// ready to be written. What may have changed meanwhile is checked again first inside it
/// (<see cref="TransactionEffects.BeforeWriting"/>).
/// </summary>
public interface IBulkCommand<out TResult> : ICommand<TResult>;

/// <summary>
/// States the roles a request needs, whoever sends it (HTTP, a job, a test). Any one of the roles is enough.
/// Rules about a particular employee live in the handler, through the resource authorization handlers.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequireRoleAttribute(params string[] roles) : Attribute
{
    public string[] Roles { get; } = roles;
}

/// <summary>"Absent" and "not yours" give the same answer, so ids cannot be probed.</summary>
public class NotFoundException(string message = "Not found.") : Exception(message);

/// <summary>The viewer is known but lacks the role the request needs: a 403 page.</summary>
public class ForbiddenException(string message = "Forbidden.") : Exception(message);

/// <summary>
/// Someone else saved the record after this form was opened. Carries what the record holds now, field by field,
/// and its current version: the form shows both, so the person can compare and, if they still mean it, save again.
/// </summary>
public class ConcurrencyConflictException(string message, IReadOnlyDictionary<string, string?>? currentValues = null, Guid? currentVersion = null)
    : Exception(message)
{
    public IReadOnlyDictionary<string, string?> CurrentValues { get; } = currentValues ?? new Dictionary<string, string?>();
    public Guid? CurrentVersion { get; } = currentVersion;
}
