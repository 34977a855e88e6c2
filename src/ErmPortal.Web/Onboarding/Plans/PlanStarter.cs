using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Preferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// Makes a person's plan: picks the template that fits them best (position and department, then position, then
/// department, then the organisation's default), names the people (HR is whoever starts it, the manager, the IT
/// contact, the buddy) and dates the tasks in the person's time zone. Used by HR's "start a plan" and by the hire.
/// </summary>
public class PlanStarter(ErmDbContext db, ICurrentUser user, IClock clock, IOptions<OnboardingOptions> options, IOptions<PortalTimeOptions> time)
{
    public record Template(int Id, string Name, int? DepartmentId, int? PositionId);

    /// <summary>The templates of a kind that fit the person, closest first; of two that fit as well, the newer (it was made to replace the other).</summary>
    public async Task<List<Template>> TemplatesForAsync(JourneyKind kind, int departmentId, int positionId, CancellationToken ct)
    {
        var templates = await db.Set<JourneyTemplate>()
            .Where(t => t.Kind == kind && t.ArchivedAtUtc == null && (t.DepartmentId == null || t.DepartmentId == departmentId)
                        && (t.PositionId == null || t.PositionId == positionId) && t.Versions.Any())
            .Select(t => new Template(t.Id, t.Name, t.DepartmentId, t.PositionId)).ToListAsync(ct);
        return templates.OrderByDescending(t => JourneyTemplate.Fit(t.DepartmentId, t.PositionId, departmentId, positionId)).ThenByDescending(t => t.Id).ToList();
    }

    /// <summary>A running plan of this kind already exists for the person: a second would double every task.</summary>
    public Task<bool> HasRunningAsync(int employeeId, JourneyKind kind, CancellationToken ct) =>
        db.Set<JourneyPlan>().AnyAsync(p => p.EmployeeId == employeeId && p.Kind == kind && p.Status == PlanStatus.Running, ct);

    /// <param name="templateId">None: the best fit; a person no template fits gets a plan without tasks, for HR to fill.</param>
    public async Task<JourneyPlan> StartAsync(Employee employee, JourneyKind kind, DateOnly anchor, int? templateId, int? buddyId, CancellationToken ct)
    {
        templateId ??= (await TemplatesForAsync(kind, employee.DepartmentId, employee.PositionId, ct)).FirstOrDefault()?.Id;
        var version = templateId is null ? null : await db.Set<TemplateVersion>().Include(v => v.Tasks)
            .Where(v => v.TemplateId == templateId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var itContact = options.Value.ItContactEmail is { Length: > 0 } email
            ? await db.Employees.Where(e => e.WorkEmail == email && e.Status != EmployeeStatus.Left).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct)
            : null;
        var zone = employee.UserId is null ? null
            : await db.Users.Where(u => u.Id == employee.UserId).Select(u => u.TimeZoneId).FirstOrDefaultAsync(ct);
        var people = new JourneyPlan.Assignees(user.EmployeeId, employee.ManagerId, itContact, buddyId, employee.Id);
        var plan = JourneyPlan.Start(employee, kind, version, anchor, ViewerFormat.FindZone(zone) is null ? time.Value.TimeZone : zone!,
            people, user.UserId ?? "", clock.UtcNow);
        db.Add(plan);
        return plan;
    }
}
