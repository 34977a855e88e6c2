using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// Who could be a new hire's buddy: a colleague in the same department, not their manager, with at least a year here
/// (configurable), at work now; those looking after the fewest running plans first, then the longest serving.
/// </summary>
public class BuddySuggestions(ErmDbContext db, IClock clock, IOptions<OnboardingOptions> options)
{
    public const int Shown = 5;

    public record Suggestion(int Id, string Name, string PositionTitle, DateOnly HireDate, int BuddyOf);

    public Task<List<Suggestion>> ForAsync(int employeeId, int departmentId, int? managerId, CancellationToken ct)
    {
        var joinedBy = clock.Today.AddMonths(-options.Value.BuddyMinimumTenureMonths);
        return db.Employees
            .Where(e => e.DepartmentId == departmentId && e.Id != employeeId && e.Id != managerId && e.HireDate <= joinedBy
                        && e.Status == EmployeeStatus.Active)
            .Select(e => new { Employee = e, BuddyOf = db.Set<JourneyPlan>().Count(p => p.BuddyId == e.Id && p.Status == PlanStatus.Running) })
            .OrderBy(c => c.BuddyOf).ThenBy(c => c.Employee.HireDate).ThenBy(c => c.Employee.Id)
            .Select(c => new Suggestion(c.Employee.Id, (c.Employee.PreferredName ?? c.Employee.LegalFirstName) + " " + c.Employee.LegalLastName,
                c.Employee.Position.Title, c.Employee.HireDate, c.BuddyOf))
            .Take(Shown).ToListAsync(ct);
    }
}
