using ErmPortal.Data;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>Change-request notifications the demo HR partner and employee find in their bell: some read, some new.</summary>
public class ChangeRequestNotificationsDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var signIns = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var demo = await db.Employees.Where(e => signIns.Contains(e.WorkEmail) && e.UserId != null)
            .ToDictionaryAsync(e => e.WorkEmail, e => new { UserId = e.UserId!, e.DisplayName }, cancellationToken);
        if (!demo.TryGetValue($"hr@{OrganisationSeeder.DemoDomain}", out var hr) || !demo.TryGetValue($"employee@{OrganisationSeeder.DemoDomain}", out var employee))
            return;
        var colleague = await db.Employees.Where(e => !signIns.Contains(e.WorkEmail))
            .OrderBy(e => e.Id).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(cancellationToken) ?? employee.DisplayName;
        var now = clock.UtcNow;

        DemoNotifications.Add(db, hr.UserId, ChangeRequestNotifications.Submitted,
            Arguments(colleague, SensitiveField.BankAccount), "/change-requests", now.AddDays(-6), read: true);
        DemoNotifications.Add(db, hr.UserId, ChangeRequestNotifications.Submitted,
            Arguments(employee.DisplayName, SensitiveField.HomeAddress, SensitiveField.LegalLastName), "/change-requests", now.AddHours(-20), read: false);
        DemoNotifications.Add(db, employee.UserId, ChangeRequestNotifications.Decided,
            Decision(ChangeRequestStatus.Approved, SensitiveField.NationalId), "/me/change-requests", now.AddDays(-40), read: true);
        DemoNotifications.Add(db, employee.UserId, ChangeRequestNotifications.Decided,
            Decision(ChangeRequestStatus.Rejected, SensitiveField.DateOfBirth), "/me/change-requests", now.AddDays(-2), read: false);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static NotificationArguments Arguments(string employee, params SensitiveField[] fields) => new()
    {
        ["employee"] = employee, ["fields"] = ChangeRequestNotifications.FieldsArgument(fields),
    };

    private static NotificationArguments Decision(ChangeRequestStatus outcome, params SensitiveField[] fields) => new()
    {
        ["outcome"] = outcome.ToString(), ["fields"] = ChangeRequestNotifications.FieldsArgument(fields),
    };
}
