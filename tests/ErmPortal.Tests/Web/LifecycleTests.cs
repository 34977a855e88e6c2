using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

public class LifecycleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<Employee> PersonAsync(int skip) =>
        await portal.QueryDbAsync(db => db.Employees.AsNoTracking().Where(e => e.ManagerId != null && !e.DirectReports.Any() && e.Status == EmployeeStatus.Active)
            .OrderBy(e => e.Id).Skip(40 + skip).FirstAsync());

    private static async Task<string> VersionOnFormAsync(HttpClient client, string url) =>
        Regex.Match(await client.GetStringAsync(url), "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public async Task Should_apply_a_transfer_at_once_when_it_is_dated_today()
    {
        var person = await PersonAsync(0);
        var rowsBefore = await portal.QueryDbAsync(db => db.Set<JobChange>().CountAsync(j => j.EmployeeId == person.Id));
        // Another department, and a position of its job family: a department takes only those.
        var (otherDepartment, position) = await portal.QueryDbAsync(async db => await db.Departments.Where(d => d.Id != person.DepartmentId)
            .Select(d => new { d.Id, Position = db.Positions.Where(p => p.JobFamily == d.JobFamily).Select(p => p.Id).First() })
            .FirstAsync() is var found ? (found.Id, found.Position) : default);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/employees/{person.Id}/transfer";
        var response = await hr.PostFormAsync(url, url, new()
        {
            ["Kind"] = "Transfer", ["EffectiveDate"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["DepartmentId"] = otherDepartment.ToString(),
            ["PositionId"] = position.ToString(), ["LocationId"] = person.LocationId.ToString(), ["ManagerEmail"] = DemoPeople.Manager,
            ["Version"] = await VersionOnFormAsync(hr, url),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var moved = await portal.QueryDbAsync(db => db.Employees.Include(e => e.JobHistory).SingleAsync(e => e.Id == person.Id));
        Assert.Equal(otherDepartment, moved.DepartmentId);
        Assert.Equal(rowsBefore + 1, moved.JobHistory.Count);
        Assert.True(await portal.QueryDbAsync(db => db.TimelineEntries.AnyAsync(t => t.SubjectId == person.Id && t.Kind == "job-changed")));
    }

    [Fact]
    public async Task Should_wait_for_the_day_and_then_apply_when_a_transfer_is_dated_in_the_future()
    {
        var person = await PersonAsync(1);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/employees/{person.Id}/transfer";
        var effective = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        var newLocation = await portal.QueryDbAsync(db => db.Locations.Where(l => l.Id != person.LocationId).Select(l => l.Id).FirstAsync());
        await hr.PostFormAsync(url, url, new()
        {
            ["Kind"] = "Transfer", ["EffectiveDate"] = effective.ToString("yyyy-MM-dd"), ["DepartmentId"] = person.DepartmentId.ToString(),
            ["PositionId"] = person.PositionId.ToString(), ["LocationId"] = newLocation.ToString(),
            ["ManagerEmail"] = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == person.ManagerId).Select(e => e.WorkEmail).SingleAsync()),
            ["Version"] = await VersionOnFormAsync(hr, url),
        });
        Assert.Equal(person.LocationId, (await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.Id == person.Id))).LocationId);
        Assert.Contains("A job change takes effect on", await hr.GetStringAsync($"/employees/{person.Id}"));

        // The job runs on the effective day.
        var clock = new Moq.Mock<ErmPortal.Web.Infrastructure.IClock>();
        clock.SetupGet(c => c.UtcNow).Returns(effective.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc));
        clock.SetupGet(c => c.Today).Returns(effective);
        var applied = await portal.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ErmPortal.Data.ErmDbContext>();
            var count = await new ApplyDueJobChanges.Handler(db, clock.Object).Handle(new ApplyDueJobChanges.Command(), default);
            await db.SaveChangesAsync();
            return count;
        });

        Assert.True(applied >= 1);
        Assert.Equal(newLocation, (await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.Id == person.Id))).LocationId);
    }

    [Fact]
    public async Task Should_be_leaving_with_reason_seen_only_by_hr_when_hr_records_leaving()
    {
        var person = await PersonAsync(2);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/employees/{person.Id}/leaving";
        var response = await hr.PostFormAsync(url, url, new()
        {
            ["LastDay"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), ["Reason"] = "Relocating to Canada", ["Voluntary"] = "true",
            ["Version"] = await VersionOnFormAsync(hr, url),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EmployeeStatus.Leaving, (await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.Id == person.Id))).Status);
        Assert.Contains("Relocating to Canada", await hr.GetStringAsync($"/employees/{person.Id}/timeline"));
        Assert.Contains("Notice period running", await hr.GetStringAsync($"/employees/{person.Id}"));
        var leaving = await portal.QueryDbAsync(db => db.TimelineEntries.Where(t => t.SubjectId == person.Id && t.Kind == "leaving").ToListAsync());
        var reason = Assert.Single(leaving, t => t.Arguments.Text("reason") == "Relocating to Canada");
        Assert.Equal(TimelineAudience.Hr, reason.Audience);
    }

    [Fact]
    public async Task Should_refuse_a_missing_reason_next_to_the_field_when_recording_leaving()
    {
        var person = await PersonAsync(3);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/employees/{person.Id}/leaving";
        var response = await hr.PostFormAsync(url, url, new()
            { ["LastDay"] = "", ["Reason"] = "", ["Voluntary"] = "true", ["Version"] = await VersionOnFormAsync(hr, url) });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose the last working day.", page);
        Assert.Contains("Say why the person is leaving", page);
        Assert.Equal(EmployeeStatus.Active, (await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.Id == person.Id))).Status);
    }

    [Fact]
    public async Task Should_filter_the_timeline_by_kind_and_period()
    {
        var person = await PersonAsync(4);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var all = await hr.GetStringAsync($"/employees/{person.Id}/timeline");
        Assert.Contains("Joined as", all);
        Assert.DoesNotContain("Joined as", await hr.GetStringAsync($"/employees/{person.Id}/timeline?kind=profile-updated"));
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");
        Assert.Contains("Nothing in this period", await hr.GetStringAsync($"/employees/{person.Id}/timeline?from={tomorrow}"));
    }

    [Fact]
    public async Task Should_refuse_changes_to_the_audit_log_even_from_inside_the_database()
    {
        await portal.QueryDbAsync(async db =>
        {
            db.AuditEntries.Add(new ErmPortal.Data.Audit.AuditEntry { AtUtc = DateTime.UtcNow, EntityType = "Test", EntityId = "1", Action = "Modified" });
            await db.SaveChangesAsync();
            var error = await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteDeleteAsync());
            Assert.Contains("cannot be deleted", error.Message);
            error = await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.NewValue, "forged")));
            Assert.Contains("cannot be changed", error.Message);
            return 0;
        });
    }
}
