using ErmPortal.Data;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Cases;

/// <summary>
/// An open HR case, before anyone acts on the person (a pay proposal for someone with an open grievance). HR reads what
/// kind of case and since when; the managers above the person only that they should talk to HR first, since what the
/// case is about (and often who raised it) is not theirs to know. Nobody else hears of it.
/// </summary>
public class CaseContextWarnings(ErmDbContext db, CaseAccess access, IStringLocalizer<CasesResource> localizer) : IContextWarningSource
{
    public async Task<IReadOnlyList<PersonWarning>> WarningsAsync(IReadOnlyCollection<int> employeeIds, DateOnly today, CancellationToken cancellationToken)
    {
        var standing = await access.OfManyAsync(employeeIds, cancellationToken);
        var told = standing.Where(s => s.Value.Handle || s.Value.Notice).Select(s => s.Key).ToList();
        if (told.Count == 0) return [];
        // The ids travel as one parameter, so the SQL is the same for any page and EF builds it once.
        var open = await db.Set<HrCase>().Where(c => EF.Parameter(told).Contains(c.EmployeeId) && c.Status == CaseStatus.Open)
            .OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => new { c.EmployeeId, c.Kind, c.OpenedOn }).ToListAsync(cancellationToken);
        return open.GroupBy(c => c.EmployeeId).SelectMany(person => Warnings(person.Key, standing[person.Key].Handle, person.Select(c => (c.Kind, c.OpenedOn)),
                kind => localizer[CaseLabels.Of(kind)].Value))
            .ToList();
    }

    /// <summary>Each open case for those who handle them, its kind in the reader's words; one neutral warning, however many cases, for the managers.</summary>
    public static IReadOnlyList<PersonWarning> Warnings(int employeeId, bool handles, IEnumerable<(CaseKind Kind, DateOnly OpenedOn)> openCases,
        Func<CaseKind, string> kindLabel)
    {
        var cases = openCases.ToList();
        var warnings = new List<PersonWarning>();
        if (cases.Count == 0) return warnings;
        if (!handles) warnings.Add(Warning(employeeId, new("Talk to HR before acting on this person: something is open with them.")));
        else
            foreach (var (kind, openedOn) in cases)
                warnings.Add(Warning(employeeId, new("An HR case is open ({0}) since {1:d}.", kindLabel(kind), openedOn)));
        return warnings;
    }

    private static PersonWarning Warning(int employeeId, ContextWarning warning) => new(employeeId, warning, typeof(CaseContextWarnings));
}
