using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Pay;

/// <summary>
/// A recent raise, for those about to act on someone's pay or standing: a proposal made months after the last raise
/// reads differently from one made weeks after it. Only for viewers who may see the person's pay (their managers and
/// HR); not for the person, who is not acting on themselves, and never for colleagues or Admin.
/// </summary>
public class PayContextWarnings(ErmDbContext db, ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization)
    : IContextWarningSource
{
    public async Task<IReadOnlyList<PersonWarning>> WarningsAsync(IReadOnlyCollection<int> employeeIds, DateOnly today, CancellationToken cancellationToken)
    {
        var allowed = new List<int>();
        foreach (var (id, relation) in await relations.OfManyAsync(employeeIds, cancellationToken))
            if (!relation.HasFlag(EmployeeRelation.Self)
                && (await authorization.AuthorizeAsync(user.Principal, new PersonPay(id, relation), PayOperations.View)).Succeeded)
                allowed.Add(id);
        if (allowed.Count == 0) return [];
        // Every record in force by today, for those with a record in the last six months (nobody else had a recent raise):
        // a raise is judged against the record before it, however old that one is. The ids travel as one parameter, so the
        // SQL is the same for any page and EF builds it once.
        var since = Since(today);
        var records = await db.Set<SalaryRecord>().AsNoTracking()
            .Where(s => EF.Parameter(allowed).Contains(s.EmployeeId) && s.EffectiveOn <= today
                        && db.Set<SalaryRecord>().Any(r => r.EmployeeId == s.EmployeeId && r.EffectiveOn > since && r.EffectiveOn <= today))
            .ToListAsync(cancellationToken);
        var warnings = new List<PersonWarning>();
        foreach (var person in records.GroupBy(r => r.EmployeeId))
            if (RecentRaiseOn(person, today) is { } day)
                warnings.Add(new PersonWarning(person.Key, new ContextWarning("A raise took effect on {0:d}, less than six months ago.", day), typeof(PayContextWarnings)));
        return warnings;
    }

    /// <summary>
    /// The day of the latest raise in the six months up to today: a record paying more a year than the one before it,
    /// in the same currency. A hire record is never a raise, even on a return at a higher salary.
    /// </summary>
    public static DateOnly? RecentRaiseOn(IEnumerable<SalaryRecord> records, DateOnly today)
    {
        var since = Since(today);
        DateOnly? last = null;
        SalaryRecord? previous = null;
        foreach (var record in SalaryHistory.InOrder(records.Where(r => r.EffectiveOn <= today)))
        {
            if (previous is not null && record.Reason != SalaryChangeReason.Hire && record.EffectiveOn > since
                && record.Currency == previous.Currency && record.AnnualMinor > previous.AnnualMinor)
                last = record.EffectiveOn;
            previous = record;
        }
        return last;
    }

    /// <summary>A raise after this day is recent.</summary>
    private static DateOnly Since(DateOnly today) => today.AddMonths(-6);
}
