using ErmPortal.Data.Accounts;
using ErmPortal.Data.Notifications;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Slices.Notifications;

public class ReminderDigestTests(NotificationPortal portal) : IClassFixture<NotificationPortal>
{
    /// <summary>Each test runs on a day of its own, so one test's digests never stand in for another's.</summary>
    private void MoveToAFreshDay() => portal.Now = portal.Now.AddDays(10);

    private async Task RunJobAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendReminderDigestsJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>A pending change request sent by a seeded person, backdated by the given number of days.</summary>
    private async Task<int> PendingRequestAsync(int skip, int daysAgo)
    {
        var email = await portal.QueryDbAsync(db => db.Employees.Where(e => e.UserId != null && e.BankAccount == null && !DemoPeople.All.Contains(e.WorkEmail))
            .OrderBy(e => e.Id).Skip(skip).Select(e => e.WorkEmail).FirstAsync());
        var form = await portal.SendAsync(email, new RequestDetailsChange.Query());
        var id = await portal.SendAsync(email, form with { HomeAddress = "Via Roma 1, Milano" });
        var sent = portal.Now.AddDays(-daysAgo);
        await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RequestedAtUtc, sent)));
        return id;
    }

    [Fact]
    public async Task Should_send_each_hr_person_one_digest_a_day_when_the_job_runs_twice_and_from_two_scopes_at_once()
    {
        MoveToAFreshDay();
        var (mailsBefore, noticesBefore) = (await portal.QueryDbAsync(db => db.OutboxEmails.MaxAsync(e => (int?)e.Id)) ?? 0,
            await portal.QueryDbAsync(db => db.Set<Notification>().MaxAsync(n => (int?)n.Id)) ?? 0);
        var overdue = new[] { await PendingRequestAsync(0, daysAgo: 9), await PendingRequestAsync(1, daysAgo: 5) };
        var recent = await PendingRequestAsync(2, daysAgo: 1);
        var hr = await portal.AsUserAsync(null, sp => sp.GetRequiredService<NotificationRecipients>().InRoleAsync(Roles.Hr, CancellationToken.None));
        var hrEmails = await portal.QueryDbAsync(db => db.Users.Where(u => hr.Contains(u.Id)).Select(u => u.Email!).ToListAsync());

        await RunJobAsync();
        await RunJobAsync();
        await Task.WhenAll(Task.Run(RunJobAsync), Task.Run(RunJobAsync));

        var today = DateOnly.FromDateTime(portal.Now);
        // Other reminder sources (onboarding tasks falling due) may write digests for other people that day: HR's are counted here.
        var digests = await portal.QueryDbAsync(db => db.Set<ReminderDigest>().Where(d => d.Day == today && hr.Contains(d.UserId)).ToListAsync());
        Assert.Equal(hr.Order(), digests.Select(d => d.UserId).Order());
        var mails = await portal.QueryDbAsync(db => db.OutboxEmails.Where(e => e.Id > mailsBefore && e.Subject.StartsWith("Your reminders for") && hrEmails.Contains(e.To)).Select(e => e.To).ToListAsync());
        Assert.Equal(hrEmails.Order(), mails.Order());
        var notices = await portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.Id > noticesBefore && n.Kind == SendReminderDigest.Kind && hr.Contains(n.RecipientUserId)).ToListAsync());
        Assert.Equal(hr.Order(), notices.Select(n => n.RecipientUserId).Order());

        var hrDigest = await portal.QueryDbAsync(db => db.Set<ReminderDigest>().SingleAsync(d => d.Day == today && d.UserId == notices[0].RecipientUserId));
        Assert.All(overdue, id => Assert.Contains($"/change-requests/{id}\"", hrDigest.Items));
        Assert.DoesNotContain($"/change-requests/{recent}\"", hrDigest.Items);
    }

    [Fact]
    public async Task Should_send_a_new_digest_the_next_day_while_a_request_still_waits()
    {
        MoveToAFreshDay();
        await PendingRequestAsync(3, daysAgo: 7);
        await RunJobAsync();
        var firstDay = DateOnly.FromDateTime(portal.Now);

        portal.Now = portal.Now.AddDays(1);
        await RunJobAsync();

        var hrId = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Hr).Select(u => u.Id).SingleAsync());
        var days = await portal.QueryDbAsync(db => db.Set<ReminderDigest>().Where(d => d.UserId == hrId).Select(d => d.Day).ToListAsync());
        Assert.Equal([firstDay, firstDay.AddDays(1)], days.Order());
    }

    [Fact]
    public async Task Should_show_the_digest_to_its_owner_and_not_found_to_anyone_else()
    {
        MoveToAFreshDay();
        await PendingRequestAsync(4, daysAgo: 8);
        await RunJobAsync();
        var hrId = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Hr).Select(u => u.Id).SingleAsync());
        var digestId = await portal.QueryDbAsync(db => db.Set<ReminderDigest>().Where(d => d.UserId == hrId).OrderByDescending(d => d.Day).Select(d => d.Id).FirstAsync());

        var mine = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetAsync($"/me/notifications/reminders/{digestId}");
        var theirs = await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetAsync($"/me/notifications/reminders/{digestId}");

        Assert.Contains("has been waiting since", await mine.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, theirs.StatusCode);
    }
}
