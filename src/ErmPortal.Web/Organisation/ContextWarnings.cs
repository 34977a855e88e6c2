using System.Globalization;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure.Localization;

namespace ErmPortal.Web.Organisation;

/// <summary>A warning as an English message with {0}-style placeholders, so the page can translate it.</summary>
public record ContextWarning(string Message, params object[] Arguments);

/// <param name="PendingRequests">
/// Change requests are between the person and HR: that some are waiting is HR's to know, not their managers', who get 0.
/// </param>
/// <param name="NextChange">The earliest job change recorded but not yet applied.</param>
public record ContextFacts(EmployeeStatus Status, DateOnly? LastDay, DateOnly HireDate, int PendingRequests, DateOnly? NextChange);

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
        if (facts.NextChange is { } next)
            warnings.Add(new("A job change takes effect on {0:d}.", next));
        return warnings;
    }
}
