using ErmPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Organisation;

/// <summary>One warning about one person, from the module that knows it (its resources translate the message).</summary>
public record PersonWarning(int EmployeeId, ContextWarning Warning, Type Module)
{
    /// <summary>The message in the reader's language, from the resources of the module that wrote it.</summary>
    public string Text(IStringLocalizerFactory localizers) =>
        localizers.Create(ModuleResourcesLocalizerFactory.ResourceOf(Module))[Warning.Message, Warning.Arguments];
}

/// <summary>
/// A module's part of the context warnings: what it knows that should shape how HR and managers act on a person right
/// now (a notice period running, an open HR case, a recent raise). Each module adds its own; pages that act on people
/// ask <see cref="PersonContext"/>, which names no module.
/// </summary>
public interface IContextWarningSource
{
    /// <summary>The warnings about each of the people (none for most), as the signed-in viewer may read them, in a fixed number of queries.</summary>
    Task<IReadOnlyList<PersonWarning>> WarningsAsync(IReadOnlyCollection<int> employeeIds, DateOnly today, CancellationToken cancellationToken);
}

/// <summary>Every module's warnings about a set of people, for the page about to act on them.</summary>
public class PersonContext(IEnumerable<IContextWarningSource> sources)
{
    public async Task<ILookup<int, PersonWarning>> WarningsAsync(IReadOnlyCollection<int> employeeIds, DateOnly today, CancellationToken cancellationToken)
    {
        var all = new List<PersonWarning>();
        if (employeeIds.Count == 0) return all.ToLookup(w => w.EmployeeId);
        foreach (var source in sources) all.AddRange(await source.WarningsAsync(employeeIds, today, cancellationToken));
        return all.ToLookup(w => w.EmployeeId);
    }
}
