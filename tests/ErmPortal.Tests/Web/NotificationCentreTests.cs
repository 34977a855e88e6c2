using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Profiles;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

public class NotificationCentreTests(NotificationPortal portal) : IClassFixture<NotificationPortal>
{
    private static readonly NotificationArguments ManagerRole = new() { ["role"] = Roles.Manager };

    private Task<List<Notification>> NotificationsOfAsync(string userId) =>
        portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.RecipientUserId == userId).OrderBy(n => n.Id).ToListAsync());

    [Fact]
    public async Task Should_say_what_will_appear_when_a_person_has_no_notifications()
    {
        var (client, _) = await portal.NewPersonAsync("nobody-told@erm.test");

        var page = await client.GetStringAsync("/me/notifications");

        Assert.Contains("Nothing yet. When something needs you or concerns you", page);
        Assert.DoesNotContain("Mark all as read", page);
    }

    [Fact]
    public async Task Should_list_newest_first_with_unread_highlighted_when_a_person_has_notifications()
    {
        var (client, userId) = await portal.NewPersonAsync("lister@erm.test");
        await portal.NotifyAsync(userId, 1, RoleNotifications.GrantedToYou, new() { ["role"] = Roles.Hr }, "/");
        portal.Now = portal.Now.AddMinutes(5);
        await portal.NotifyAsync(userId, 1, RoleNotifications.GrantedToYou, ManagerRole, "/");
        var stored = await NotificationsOfAsync(userId);
        var (older, newer) = (stored[0], stored[1]);
        await portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.Id == older.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, DateTime.UtcNow)));

        var page = await client.GetStringAsync("/me/notifications");

        Assert.True(page.IndexOf("You were given the role Manager.", StringComparison.Ordinal)
                    < page.IndexOf("You were given the role HR.", StringComparison.Ordinal), "newest first");
        Assert.Matches($"id=\"notification-{newer.Id}\" data-unread=\"true\"", page);
        Assert.Matches($"id=\"notification-{older.Id}\" data-unread=\"false\"", page);
        Assert.Contains("1 unread", page);
    }

    [Fact]
    public async Task Should_mark_read_and_go_to_its_link_when_a_notification_is_followed()
    {
        var (client, userId) = await portal.NewPersonAsync("follower@erm.test");
        await portal.NotifyAsync(userId, 1, RoleNotifications.GrantedToYou, ManagerRole, "/me/change-requests");
        var id = Assert.Single(await NotificationsOfAsync(userId)).Id;

        var response = await client.PostFormAsync("/me/notifications", $"/me/notifications/{id}/open", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/me/change-requests", response.Headers.Location?.OriginalString);
        Assert.NotNull(Assert.Single(await NotificationsOfAsync(userId)).ReadAtUtc);
    }

    [Fact]
    public async Task Should_answer_not_found_and_change_nothing_when_someone_opens_another_persons_notification()
    {
        var (_, ownerId) = await portal.NewPersonAsync("owner@erm.test");
        var (intruder, _) = await portal.NewPersonAsync("intruder@erm.test");
        await portal.NotifyAsync(ownerId, 1, RoleNotifications.GrantedToYou, ManagerRole, "/");
        var id = Assert.Single(await NotificationsOfAsync(ownerId)).Id;

        var open = await intruder.PostFormAsync("/me/notifications", $"/me/notifications/{id}/open", []);
        var readAll = await intruder.PostFormAsync("/me/notifications", "/me/notifications/read", []);

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, readAll.StatusCode);
        Assert.Null(Assert.Single(await NotificationsOfAsync(ownerId)).ReadAtUtc);
        Assert.DoesNotContain("You were given the role", await intruder.GetStringAsync("/me/notifications"));
    }

    [Fact]
    public async Task Should_mark_every_one_read_and_clear_the_bell_when_mark_all_is_posted()
    {
        var (client, userId) = await portal.NewPersonAsync("bell@erm.test");
        await portal.NotifyAsync(userId, 3, RoleNotifications.GrantedToYou, ManagerRole, "/");

        async Task<int?> BadgeAsync() => (await portal.AsUserAsync("bell@erm.test",
                sp => sp.GetRequiredService<NavigationBuilder>().BuildAsync(CancellationToken.None)))
            .Single(e => e.Id == "notification-bell" && e.Area == MenuArea.Status).Badge;

        Assert.Equal(3, await BadgeAsync());
        var response = await client.PostFormAsync("/me/notifications", "/me/notifications/read", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await BadgeAsync());
        Assert.All(await NotificationsOfAsync(userId), n => Assert.NotNull(n.ReadAtUtc));
    }

    [Fact]
    public async Task Should_run_the_same_number_of_queries_when_the_list_grows()
    {
        var (client, userId) = await portal.NewPersonAsync("counted@erm.test");
        await portal.NotifyAsync(userId, 3, RoleNotifications.GrantedToYou, ManagerRole, "/");
        await client.GetStringAsync("/me/notifications"); // warm up: the first request compiles its queries
        portal.Commands.Reset();
        await client.GetStringAsync("/me/notifications");
        var few = portal.Commands.Count;

        await portal.NotifyAsync(userId, 22, RoleNotifications.GrantedToYou, ManagerRole, "/");
        portal.Commands.Reset();
        var page = await client.GetStringAsync("/me/notifications");

        Assert.Equal(few, portal.Commands.Count);
        Assert.Equal(25, Regex.Matches(page, "id=\"notification-[0-9]+\"").Count);
    }

    [Fact]
    public async Task Should_queue_no_email_when_a_person_turned_that_kind_off()
    {
        var (client, userId) = await portal.NewPersonAsync("quiet@erm.test");
        var form = await client.GetStringAsync("/me/notifications/preferences");
        Assert.Contains($"value=\"{RoleNotifications.GrantedToYou}\"", form);
        var keep = new Dictionary<string, string> { ["Email"] = RoleNotifications.Granted };

        var saved = await client.PostFormAsync("/me/notifications/preferences", "/me/notifications/preferences", keep);
        await portal.NotifyAsync(userId, 1, RoleNotifications.GrantedToYou, ManagerRole, "/");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Single(await NotificationsOfAsync(userId));
        Assert.False(await portal.QueryDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == "quiet@erm.test")));
        Assert.DoesNotMatch($"value=\"{RoleNotifications.GrantedToYou}\"[^>]*checked", await client.GetStringAsync("/me/notifications/preferences"));
    }

    [Fact]
    public async Task Should_tell_hr_in_their_language_without_the_new_value_when_a_change_request_is_sent_and_the_person_when_decided()
    {
        const string iban = "GB82WEST12345698765432";
        await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Hr)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "it")));
        // Someone the demo history has not already told of a decision, whichever day it was seeded on.
        var employee = await portal.QueryDbAsync(db => db.Employees.Where(e => e.UserId != null && e.ManagerId != null && !DemoPeople.All.Contains(e.WorkEmail)
                && !db.Set<Notification>().Any(n => n.RecipientUserId == e.UserId && n.Kind == ChangeRequestNotifications.Decided))
            .OrderBy(e => e.Id).Skip(40).Select(e => new { e.WorkEmail, e.UserId }).FirstAsync());
        var form = await portal.SendAsync(employee.WorkEmail, new RequestDetailsChange.Query());
        var emailsBefore = await portal.QueryDbAsync(db => db.OutboxEmails.MaxAsync(e => (int?)e.Id)) ?? 0;

        var requestId = await portal.SendAsync(employee.WorkEmail, form with { BankAccount = iban });

        var hrId = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Hr).Select(u => u.Id).SingleAsync());
        var told = (await NotificationsOfAsync(hrId)).Single(n => n.Kind == ChangeRequestNotifications.Submitted && n.Link == $"/change-requests/{requestId}");
        Assert.Null(told.ReadAtUtc);
        var email = await portal.QueryDbAsync(db => db.OutboxEmails.Where(e => e.To == DemoPeople.Hr).OrderByDescending(e => e.Id).FirstAsync());
        Assert.EndsWith("ha chiesto alle Risorse Umane di modificare: Conto bancario", email.Subject);
        Assert.Contains($"http://localhost/change-requests/{requestId}", email.HtmlBody);
        var emailsAbout = await portal.QueryDbAsync(db => db.OutboxEmails.Where(e => e.Id > emailsBefore).Select(e => e.Subject + e.HtmlBody).ToListAsync());
        Assert.NotEmpty(emailsAbout);
        Assert.DoesNotContain(emailsAbout, text => text.Contains("WEST") || text.Contains("5432"));
        // HR chose Italian, so signing in brings the portal up in Italian too.
        var hrPage = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync("/me/notifications");
        Assert.Contains("ha chiesto alle Risorse Umane di modificare: Conto bancario", hrPage);

        var version = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.Id == requestId).Select(r => r.Version).SingleAsync());
        await portal.SendAsync(DemoPeople.Hr, new ReviewChangeRequest.Decision { Id = requestId, Approve = true, Version = version });

        var decided = Assert.Single(await NotificationsOfAsync(employee.UserId!), n => n.Kind == ChangeRequestNotifications.Decided);
        Assert.Equal("/me/change-requests", decided.Link);
        Assert.Contains(await portal.QueryDbAsync(db => db.OutboxEmails.Where(e => e.To == employee.WorkEmail).Select(e => e.Subject).ToListAsync()),
            subject => subject == "Your change of Bank account was approved and applied.");
    }

    [Fact]
    public async Task Should_tell_every_admin_and_the_person_when_the_hr_role_is_granted()
    {
        var (_, personId) = await portal.NewPersonAsync("promoted@erm.test", Roles.Employee);
        var admins = await portal.AsUserAsync(null, sp => sp.GetRequiredService<NotificationRecipients>().InRoleAsync(Roles.Admin, CancellationToken.None));

        await portal.AsUserAsync(DemoPeople.Admin, async sp =>
        {
            await sp.GetRequiredService<IMediator>().Publish(new RoleGranted(personId, Roles.Hr, null));
            return await sp.GetRequiredService<ErmPortal.Data.ErmDbContext>().SaveChangesAsync();
        });

        Assert.Equal(RoleNotifications.GrantedToYou, Assert.Single(await NotificationsOfAsync(personId)).Kind);
        Assert.NotEmpty(admins);
        foreach (var admin in admins)
        {
            var told = Assert.Single(await NotificationsOfAsync(admin), n => n.Kind == RoleNotifications.Granted && n.Arguments.Contains("promoted@erm.test"));
            Assert.Contains("\"role\":\"HR\"", told.Arguments);
        }
    }

    [Fact]
    public async Task Should_tell_only_the_person_when_an_ordinary_role_is_granted()
    {
        var (_, personId) = await portal.NewPersonAsync("new-manager@erm.test", Roles.Employee);

        await portal.AsUserAsync(DemoPeople.Admin, async sp =>
        {
            await sp.GetRequiredService<IMediator>().Publish(new RoleGranted(personId, Roles.Manager, null));
            return await sp.GetRequiredService<ErmPortal.Data.ErmDbContext>().SaveChangesAsync();
        });

        Assert.Single(await NotificationsOfAsync(personId));
        Assert.False(await portal.QueryDbAsync(db => db.Set<Notification>().AnyAsync(n => n.Arguments.Contains("new-manager@erm.test"))));
    }

    [Fact]
    public async Task Should_give_each_demo_sign_in_read_and_unread_notifications()
    {
        foreach (var email in new[] { DemoPeople.Employee, DemoPeople.Manager, DemoPeople.Hr, DemoPeople.Admin })
        {
            var page = await (await portal.SignedInClientAsync(email)).GetStringAsync("/me/notifications");
            Assert.Contains("data-unread=", page);
            Assert.DoesNotContain("A notification", page); // every seeded kind is registered
        }
        var seeded = await portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.CreatedAtUtc < portal.Now.AddMinutes(-1)).ToListAsync());
        Assert.Contains(seeded, n => n.ReadAtUtc is null);
        Assert.Contains(seeded, n => n.ReadAtUtc is not null);
    }
}
