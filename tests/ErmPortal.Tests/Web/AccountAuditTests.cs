using System.Collections.Concurrent;
using System.Net;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Audit;
using ErmPortal.Tests.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>The portal with one more subscriber to <see cref="RoleGranted"/>, standing in for the notification centre.</summary>
public class RoleEventsPortalFactory : PortalFactory
{
    public ConcurrentQueue<RoleGranted> Granted { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton(this).AddScoped<INotificationHandler<RoleGranted>, CaptureRoleGranted>());
    }

    private class CaptureRoleGranted(RoleEventsPortalFactory portal) : INotificationHandler<RoleGranted>
    {
        public Task Handle(RoleGranted notification, CancellationToken cancellationToken)
        {
            portal.Granted.Enqueue(notification);
            return Task.CompletedTask;
        }
    }
}

/// <summary>Separation of duties over roles, and the audit trail of what administrators do to accounts.</summary>
public class AccountAuditTests(RoleEventsPortalFactory portal) : IClassFixture<RoleEventsPortalFactory>
{
    private const string Password = "a long enough passphrase";

    private Task<string> UserIdAsync(string email) => portal.QueryDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<List<string>> RolesAsync(string userId) => portal.QueryDbAsync(db => db.UserRoles.Where(r => r.UserId == userId)
        .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(r => r).ToListAsync());

    private static async Task<HttpResponseMessage> SaveRolesAsync(HttpClient admin, string userId, params string[] roles)
    {
        var url = $"/admin/accounts/{userId}/roles";
        var fields = roles.Select(r => KeyValuePair.Create("Roles", r)).Append(KeyValuePair.Create("__RequestVerificationToken", await admin.AntiforgeryTokenAsync(url)));
        return await admin.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Should_refuse_beside_the_roles_when_an_administrator_changes_their_own_roles()
    {
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);
        var adminId = await UserIdAsync(DemoPeople.Admin);
        var before = await RolesAsync(adminId);

        var response = await SaveRolesAsync(admin, adminId, Roles.Admin, Roles.Employee, Roles.Hr);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"roles-error\"[^>]*>You cannot change your own roles; ask another administrator.<", page);
        Assert.Equal(before, await RolesAsync(adminId));
        Assert.DoesNotContain(portal.Granted, g => g.UserId == adminId);
    }

    [Fact]
    public async Task Should_announce_the_grant_with_who_granted_it_when_hr_is_granted()
    {
        var userId = await portal.CreateAccountAsync("new-hr@erm.test", Password, Roles.Employee);
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveRolesAsync(admin, userId, Roles.Employee, Roles.Hr)).StatusCode);

        var granted = Assert.Single(portal.Granted, g => g.UserId == userId);
        Assert.Equal(new RoleGranted(userId, Roles.Hr, await UserIdAsync(DemoPeople.Admin)), granted);
        Assert.Equal([Roles.Employee, Roles.Hr], await RolesAsync(userId));
    }

    [Fact]
    public async Task Should_audit_grants_revocations_disabling_enabling_and_unlocking_of_an_account()
    {
        var userId = await portal.CreateAccountAsync("audited@erm.test", Password, Roles.Employee, Roles.Manager);
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);
        await SaveRolesAsync(admin, userId, Roles.Employee, Roles.Admin);
        foreach (var operation in new[] { "Disable", "Enable", "Unlock" })
            await admin.PostFormAsync("/admin/accounts", $"/admin/accounts/{userId}/manage", new() { ["operation"] = operation });

        var rows = await portal.QueryDbAsync(db => db.AuditEntries.Where(a => a.EntityType == AuditedFields.Account && a.EntityId == userId)
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Field, a.OldValue, a.NewValue, a.ActorName, a.UserId }).ToListAsync());
        var adminId = await UserIdAsync(DemoPeople.Admin);
        Assert.Equal(["Revoked Role Manager", "Granted Role Admin", "Disabled", "Enabled", "Unlocked"],
            rows.Select(r => string.Join(" ", new[] { r.Action, r.Field, r.OldValue ?? r.NewValue }.Where(p => p is not null))));
        Assert.All(rows, r => Assert.Equal(adminId, r.UserId));

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var auditPage = await hr.GetStringAsync("/audit?field=Account.Role");
        Assert.Contains("audited@erm.test", auditPage);
        Assert.Contains("Granted", auditPage);
        Assert.Contains("Revoked", auditPage);
    }
}
