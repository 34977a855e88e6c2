using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>A warning as an English message with {0}-style placeholders, so the page can translate it.</summary>
public record ContextWarning(string Message, params object[] Arguments);

/// <summary>A job change recorded but not yet applied.</summary>
public record ScheduledChange(DateOnly EffectiveDate, JobChangeKind Kind);

/// <param name="PendingRequests">
/// Change requests are between the person and HR: that some are waiting is HR's to know, not their managers', who get 0.
/// </param>
/// <param name="NextChange">The earliest job change recorded but not yet applied.</param>
public record ContextFacts(EmployeeStatus Status, DateOnly? LastDay, DateOnly HireDate, int PendingRequests, ScheduledChange? NextChange);

/// <summary>
/// Open matters that should shape how HR and managers approach a person right now, so one part of the
/// organisation does not act blind to what another is doing (a notice period running, a pending request).
/// </summary>
public static class ContextWarnings
{
    public static IReadOnlyList<ContextWarning> From(ContextFacts facts, DateOnly today)
    {
        var warnings = new List<ContextWarning>();
        if (facts.Status == EmployeeStatus.Leaving && facts.LastDay is { } lastDay)
        {
            var daysLeft = Math.Max(0, lastDay.DayNumber - today.DayNumber);
            warnings.Add(new(Plurals.TakesOneForm(daysLeft, CultureInfo.CurrentUICulture)
                ? "Notice period running: last day {0:d} (1 day left)."
                : "Notice period running: last day {0:d} ({1} days left).", lastDay, daysLeft));
        }
        if (facts.Status == EmployeeStatus.OnLeave)
            warnings.Add(new("On leave at the moment."));
        if (facts.Status == EmployeeStatus.Onboarding)
            warnings.Add(new("Still onboarding (joined {0:d}).", facts.HireDate));
        if (facts.PendingRequests > 0)
            warnings.Add(new("Change requests waiting for HR: {0}.", facts.PendingRequests));
        // A promotion is named: a pay proposal or a review made now would overlap with the raise it brings.
        if (facts.NextChange is { } next)
            warnings.Add(next.Kind == JobChangeKind.Promotion
                ? new("A promotion takes effect on {0:d}.", next.EffectiveDate)
                : new("A job change takes effect on {0:d}.", next.EffectiveDate));
        return warnings;
    }
}

/// <summary>
/// What the organisation's own records say about people HR and their managers are about to act on: the job lifecycle
/// (leaving, on leave, onboarding, a job change scheduled) and, for HR alone, change requests waiting for them. Read for
/// a whole team in one query; nothing for anyone else (colleagues, Admin), who do not act on people.
/// </summary>
public class OrganisationContextWarnings(ErmDbContext db, ViewerRelations relations) : IContextWarningSource
{
    public async Task<IReadOnlyList<PersonWarning>> WarningsAsync(IReadOnlyCollection<int> employeeIds, DateOnly today, CancellationToken cancellationToken)
    {
        var viewer = await relations.OfManyAsync(employeeIds, cancellationToken);
        var shown = viewer.Where(r => r.Value.HasFlag(EmployeeRelation.Hr) || r.Value.HasFlag(EmployeeRelation.ManagerChain)).Select(r => r.Key).ToList();
        if (shown.Count == 0) return [];
        var forHr = shown.Where(id => viewer[id].HasFlag(EmployeeRelation.Hr)).ToList();
        // The next change's day and kind as two scalar subqueries, each a seek in the person's own job history: read as one
        // row, EF numbers every scheduled change in the organisation and joins them all to each person. The ids travel as
        // one parameter each, so the SQL is the same for any page and EF builds it once.
        var people = await db.Employees.Where(e => EF.Parameter(shown).Contains(e.Id)).Select(e => new
        {
            e.Id, e.Status, e.LastDay, e.HireDate,
            PendingRequests = EF.Parameter(forHr).Contains(e.Id) ? db.ChangeRequests.Count(r => r.EmployeeId == e.Id && r.Status == ChangeRequestStatus.Pending) : 0,
            NextOn = db.JobChanges.Where(j => j.EmployeeId == e.Id && j.AppliedOn == null).OrderBy(j => j.EffectiveDate).ThenBy(j => j.Id)
                .Select(j => (DateOnly?)j.EffectiveDate).FirstOrDefault(),
            NextKind = db.JobChanges.Where(j => j.EmployeeId == e.Id && j.AppliedOn == null).OrderBy(j => j.EffectiveDate).ThenBy(j => j.Id)
                .Select(j => (JobChangeKind?)j.Kind).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        return people.SelectMany(p => ContextWarnings.From(new ContextFacts(p.Status, p.LastDay, p.HireDate, p.PendingRequests,
                p.NextOn is { } on && p.NextKind is { } kind ? new ScheduledChange(on, kind) : null), today)
            .Select(w => new PersonWarning(p.Id, w, typeof(OrganisationContextWarnings)))).ToList();
    }
}
