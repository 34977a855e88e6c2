using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Audit;

/// <summary>
/// A year of audit history, so the audit log has something to search on a fresh demo: transfers HR recorded,
/// people keeping their own details up to date, and a role granted by the administrator. Written as the rows the
/// portal would have written; the seeder turns the interceptor off, so nothing else writes them.
/// </summary>
public class AuditDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    public int Order => 200;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var people = await db.Employees
            .Where(e => e.ManagerId != null && e.Status == EmployeeStatus.Active && !demoEmails.Contains(e.WorkEmail)
                        // People who can have been promoted: their family has a position one level below theirs.
                        && db.Positions.Any(p => p.JobFamily == e.Position.JobFamily && p.Level == e.Position.Level - 1))
            .OrderByDescending(e => e.Id).Skip(10).Take(6)
            .Select(e => new { e.Id, e.UserId, e.DepartmentId, e.PositionId, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName })
            .ToListAsync(cancellationToken);
        var actors = await db.Employees.Where(e => demoEmails.Contains(e.WorkEmail))
            .Select(e => new { e.WorkEmail, e.UserId, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName })
            .ToDictionaryAsync(e => e.WorkEmail, cancellationToken);
        var hr = actors[OrganisationSeeder.DemoAccounts.First(a => a.Roles.Contains(Roles.Hr)).Email];
        var admin = actors[OrganisationSeeder.DemoAccounts.First(a => a.Roles.Contains(Roles.Admin)).Email];
        var positions = await db.Positions.Select(p => new { p.Id, p.JobFamily, p.Level }).ToDictionaryAsync(p => p.Id, cancellationToken);

        var rows = new List<AuditEntry>();
        AuditEntry Row(int daysAgo, (string? UserId, string Name) actor, int employeeId, string type, string entityId, string action,
            string? field, string? oldValue, string? newValue) => new()
        {
            AtUtc = clock.UtcNow.AddDays(-daysAgo).Date.AddHours(9 + daysAgo % 8), UserId = actor.UserId, ActorName = actor.Name,
            EntityType = type, EntityId = entityId, EmployeeId = employeeId, Action = action, Field = field, OldValue = oldValue, NewValue = newValue,
        };

        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var self = (person.UserId, person.Name);
            var id = person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // A promotion HR recorded, months ago: from the position one level below in the same job family.
            var current = positions[person.PositionId];
            var earlier = positions.Values.First(p => p.JobFamily == current.JobFamily && p.Level == current.Level - 1);
            rows.Add(Row(300 - i * 40, (hr.UserId, hr.Name), person.Id, nameof(Employee), id, "Modified", nameof(Employee.PositionId),
                earlier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), person.PositionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            // The person's own edits: a private phone (personal: HR and the person see it) and where they want to go next.
            rows.Add(Row(200 - i * 25, self, person.Id, nameof(Employee), id, "Modified", nameof(Employee.PersonalPhone),
                null, $"+39 347 555 01{i:D2}"));
            rows.Add(Row(90 - i * 10, self, person.Id, nameof(Employee), id, "Modified", nameof(Employee.CareerAspirations),
                null, "Lead a small team within two years."));
            rows.Add(Row(60 - i * 7, self, person.Id, nameof(Employee), id, "Modified", nameof(Employee.Pronouns), null, i % 2 == 0 ? "she/her" : "he/him"));
        }
        // The record holds what the history says it was changed to.
        var ids = people.Select(p => p.Id).ToList();
        var employees = await db.Employees.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var row in rows.Where(r => r.EntityType == nameof(Employee) && r.Field != nameof(Employee.PositionId)))
            db.Entry(employees[row.EmployeeId!.Value]).Property(row.Field!).CurrentValue = row.NewValue;
        // The administrator made someone a manager when their first report joined.
        if (people.FirstOrDefault(p => p.UserId is not null) is { } promoted)
            rows.Add(Row(150, (admin.UserId, admin.Name), promoted.Id, AuditedFields.Account, promoted.UserId!, "Granted", AuditedFields.RoleField, null, Roles.Manager));
        db.AuditEntries.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }
}
