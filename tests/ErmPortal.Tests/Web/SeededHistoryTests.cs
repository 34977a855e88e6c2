using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The seeded portal has three years of history that hangs together, so trends, audit searches and HR's queues look
/// like a portal that has been in use: what the history says happened is what the records show today.
/// </summary>
public class SeededHistoryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Should_spread_hires_leavers_and_job_changes_over_three_years_when_the_demo_is_seeded()
    {
        var people = await portal.QueryDbAsync(db => db.Employees.Select(e => new { e.Id, e.HireDate, e.Status, e.LastDay, e.PositionId, e.LocationId, e.ManagerId })
            .ToListAsync());
        var jobs = await portal.QueryDbAsync(db => db.Set<JobChange>().Where(j => j.AppliedOn != null)
            .Select(j => new { j.Id, j.EmployeeId, j.Kind, j.EffectiveDate, j.PositionId, j.LocationId, j.ManagerId }).ToListAsync());
        var years = Enumerable.Range(1, 3).Select(n => (From: Today.AddYears(-n), To: Today.AddYears(1 - n))).ToList();

        Assert.All(years, year => Assert.Contains(people, p => p.HireDate >= year.From && p.HireDate < year.To));
        Assert.All(years, year => Assert.Contains(people, p => p.Status == EmployeeStatus.Left && p.LastDay >= year.From && p.LastDay < year.To));
        Assert.InRange(people.Count(p => p.Status == EmployeeStatus.Left), people.Count / 10, people.Count / 3);
        Assert.Contains(jobs, j => j.Kind == JobChangeKind.Promotion && j.EffectiveDate < Today.AddYears(-2));
        Assert.Contains(jobs, j => j.Kind == JobChangeKind.Transfer && j.EffectiveDate < Today.AddYears(-2));
        // The last change that took effect is the job the person holds today.
        Assert.All(people, p =>
        {
            var current = jobs.Where(j => j.EmployeeId == p.Id).OrderBy(j => j.EffectiveDate).ThenBy(j => j.Id).Last();
            Assert.Equal((p.PositionId, p.LocationId, p.ManagerId), (current.PositionId, current.LocationId, current.ManagerId));
        });
        Assert.All(jobs.Where(j => j.ManagerId is not null), j => Assert.Contains(people, p => p.Id == j.ManagerId));
    }

    [Fact]
    public async Task Should_have_change_requests_in_every_state_whose_approved_values_the_people_hold_now()
    {
        var requests = await portal.QueryDbAsync(db => db.ChangeRequests
            .Select(r => new { r.Id, r.EmployeeId, r.Status, r.RequestedAtUtc, r.DecidedAtUtc, r.DecidedByUserId, r.Employee.UserId, r.Items }).ToListAsync());
        var people = (await portal.QueryDbAsync(db => db.Employees.Select(e => new { e.Id, e.LegalFirstName, e.LegalLastName, e.HomeAddress, e.DateOfBirth }).ToListAsync()))
            .ToDictionary(e => e.Id);
        var users = await portal.QueryDbAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        var decidedNotifications = await portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.Kind == "change-request-decided")
            .Select(n => n.RecipientUserId).ToListAsync());

        Assert.All(Enum.GetValues<ChangeRequestStatus>(), status => Assert.Contains(requests, r => r.Status == status));
        Assert.Contains(requests, r => r.RequestedAtUtc < DateTime.UtcNow.AddYears(-2));
        Assert.All(requests.Where(r => r.Status != ChangeRequestStatus.Pending), r => Assert.True(r.DecidedAtUtc > r.RequestedAtUtc));
        Assert.All(requests.Where(r => r.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.Rejected), r =>
        {
            Assert.Contains(r.DecidedByUserId, users);
            Assert.Contains(r.UserId, decidedNotifications);
        });
        // The latest approval of each detail is what the person's record says now.
        var latestApprovals = requests.Where(r => r.Status == ChangeRequestStatus.Approved)
            .SelectMany(r => r.Items.Select(i => new { r.EmployeeId, r.DecidedAtUtc, i.Field, i.NewValue }))
            .GroupBy(i => (i.EmployeeId, i.Field)).Select(g => g.MaxBy(i => i.DecidedAtUtc)!).ToList();
        Assert.All(latestApprovals.Where(a => a.Field is not (SensitiveField.BankAccount or SensitiveField.NationalId)), approval =>
        {
            var person = people[approval.EmployeeId];
            var now = approval.Field switch
            {
                SensitiveField.LegalFirstName => person.LegalFirstName,
                SensitiveField.LegalLastName => person.LegalLastName,
                SensitiveField.HomeAddress => person.HomeAddress,
                _ => person.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            Assert.Equal(approval.NewValue, now);
        });
    }

    [Fact]
    public async Task Should_point_every_seeded_audit_entry_at_a_person_and_account_that_exist()
    {
        var audit = await portal.QueryDbAsync(db => db.AuditEntries.Select(a => new { a.AtUtc, a.EmployeeId, a.UserId, a.EntityType, a.EntityId, a.Action })
            .ToListAsync());
        var people = await portal.QueryDbAsync(db => db.Employees.Select(e => e.Id).ToListAsync());
        var users = await portal.QueryDbAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        var changes = await portal.QueryDbAsync(db => db.Set<JobChange>().Where(j => j.Kind != JobChangeKind.Hire).Select(j => j.Id.ToString()).ToListAsync());

        Assert.True(audit.Count > people.Count, $"{audit.Count} audit entries for {people.Count} people");
        Assert.Contains(audit, a => a.AtUtc < DateTime.UtcNow.AddYears(-2).AddMonths(-6));
        Assert.All(audit, a => Assert.Contains(a.EmployeeId!.Value, people));
        Assert.All(audit.Where(a => a.UserId is not null), a => Assert.Contains(a.UserId, users));
        Assert.All(audit, a => Assert.True(a.AtUtc < DateTime.UtcNow, $"{a.EntityType} {a.Action} at {a.AtUtc}"));
        // Every job change HR recorded left its trail.
        Assert.All(changes, id => Assert.Contains(audit, a => a is { EntityType: nameof(JobChange), Action: "Added" } && a.EntityId == id));
    }
}
