using System.Reflection;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>Someone who made a change in the demo's past: their employee record, account and name.</summary>
public sealed record DemoActor(int EmployeeId, string? UserId, string Name);

/// <summary>
/// What the modules' demo seeders share when they write the organisation's past: who was HR at the time, and the
/// audit rows the <see cref="AuditInterceptor"/> would have written for each change (it is off while seeding), with
/// its formats and masking.
/// </summary>
public static class DemoHistory
{
    /// <summary>Everyone who holds the HR role, in a stable order: the people who recorded the changes.</summary>
    public static Task<List<DemoActor>> HrPeopleAsync(ErmDbContext db, CancellationToken cancellationToken) =>
        db.Employees.AsNoTracking()
            .Where(e => db.UserRoles.Any(ur => ur.UserId == e.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Hr)))
            .OrderBy(e => e.Id)
            .Select(e => new DemoActor(e.Id, e.UserId, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName))
            .ToListAsync(cancellationToken);

    public static AuditEntry Added<TEntity>(DateTime atUtc, DemoActor? actor, object id, int employeeId) where TEntity : IAudited =>
        Row(atUtc, actor, typeof(TEntity).Name, id, employeeId, "Added", null, null, null, sensitive: false);

    /// <summary>A changed field; a sensitive one (<see cref="SensitiveAttribute"/>) is masked, as the interceptor masks it.</summary>
    public static AuditEntry Modified<TEntity>(DateTime atUtc, DemoActor? actor, object id, int employeeId, string field, object? oldValue, object? newValue)
        where TEntity : IAudited
    {
        var (from, to) = (AuditInterceptor.Format(oldValue), AuditInterceptor.Format(newValue));
        return typeof(TEntity).GetProperty(field)?.GetCustomAttribute<SensitiveAttribute>() is not null
            ? Row(atUtc, actor, typeof(TEntity).Name, id, employeeId, "Modified", field, Masking.Mask(from), Masking.Mask(to), sensitive: true)
            : Row(atUtc, actor, typeof(TEntity).Name, id, employeeId, "Modified", field, from, to, sensitive: false);
    }

    private static AuditEntry Row(DateTime atUtc, DemoActor? actor, string entityType, object id, int employeeId, string action,
        string? field, string? oldValue, string? newValue, bool sensitive) => new()
    {
        AtUtc = atUtc, UserId = actor?.UserId, ActorName = actor?.Name, EntityType = entityType, EntityId = AuditInterceptor.Format(id)!,
        EmployeeId = employeeId, Action = action, Field = field, OldValue = oldValue, NewValue = newValue, Sensitive = sensitive,
    };
}
