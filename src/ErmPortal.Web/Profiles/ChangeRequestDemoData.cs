using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// Change requests HR can open straight away: some waiting, some approved, one rejected with a reason. They belong
/// to people at the far end of the organisation, never to the demo sign-ins, so the demo accounts start with a clean
/// slate for trying self-service.
/// </summary>
public class ChangeRequestDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    public int Order => 100;

    private record Plan(int DaysAgo, SensitiveField Field, string NewValue, string? Comment, ChangeRequestStatus Outcome, string? Reason = null);

    private static readonly Plan[] Plans =
    [
        new(2, SensitiveField.HomeAddress, "Via dei Mille 14, 20129 Milano", "We moved at the end of last month.", ChangeRequestStatus.Pending),
        new(5, SensitiveField.BankAccount, "DE89370400440532013000", "New salary account.", ChangeRequestStatus.Pending),
        new(9, SensitiveField.LegalLastName, "Okafor-Lindqvist", "Married in June; certificate attached to my email to HR.", ChangeRequestStatus.Pending),
        new(40, SensitiveField.HomeAddress, "12 Rose Street, Edinburgh EH2 2PR", null, ChangeRequestStatus.Approved),
        new(75, SensitiveField.DateOfBirth, "1990-04-17", "The date was typed wrong when I joined.", ChangeRequestStatus.Approved),
        new(120, SensitiveField.NationalId, "X1234567", null, ChangeRequestStatus.Rejected,
            "The number does not match the identity document on file. Please send a copy of the new document to HR first."),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var people = await db.Employees
            .Where(e => e.ManagerId != null && !e.DirectReports.Any() && e.Status == EmployeeStatus.Active && !demoEmails.Contains(e.WorkEmail))
            .OrderByDescending(e => e.Id).Take(Plans.Length).ToListAsync(cancellationToken);
        var hrEmail = OrganisationSeeder.DemoAccounts.First(a => a.Roles.Contains(Roles.Hr)).Email;
        var decider = await db.Users.Where(u => u.Email == hrEmail).Select(u => u.Id).FirstAsync(cancellationToken);
        foreach (var (person, plan) in people.Zip(Plans))
        {
            var requestedAt = clock.UtcNow.AddDays(-plan.DaysAgo);
            var item = new ChangeRequestItem { Field = plan.Field, OldValue = ChangeRequestItem.ValueOf(person, plan.Field), NewValue = plan.NewValue };
            var request = ChangeRequest.Submit(person, [item], plan.Comment, requestedAt);
            // Decided a couple of days after being asked, as HR would.
            if (plan.Outcome == ChangeRequestStatus.Approved) request.Approve(decider, null, requestedAt.AddDays(2));
            if (plan.Outcome == ChangeRequestStatus.Rejected) request.Reject(decider, plan.Reason!, requestedAt.AddDays(2));
            db.ChangeRequests.Add(request);
            // The person was told of the decision, and has read it since.
            if (request.DecidedAtUtc is { } decidedAt && person.UserId is not null)
                DemoNotifications.Add(db, person.UserId, ChangeRequestNotifications.Decided, new NotificationArguments
                {
                    ["outcome"] = plan.Outcome.ToString(), ["fields"] = ChangeRequestNotifications.FieldsArgument([plan.Field]),
                }, "/me/change-requests", decidedAt, read: true);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
