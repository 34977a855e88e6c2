using System.Net;
using System.Text;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Leaving: the exit interview is HR's alone, its figures, and the account that stops signing in once the person has left.</summary>
public class LeavingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>A person of the demo organisation with an account and nobody reporting to them, whose last day is recorded as today.</summary>
    private async Task<(int Id, string Email)> LeaverAsync(int skip)
    {
        var leaver = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.UserId != null && e.Status == EmployeeStatus.Active && !e.DirectReports.Any() && !DemoPeople.All.Contains(e.WorkEmail))
            .OrderBy(e => e.Id).Skip(skip).Select(e => new { e.Id, e.WorkEmail }).FirstAsync());
        await portal.QueryDbAsync(async db =>
        {
            var employee = await db.Employees.SingleAsync(e => e.Id == leaver.Id);
            employee.Terminate(DateOnly.FromDateTime(DateTime.UtcNow), "Moving on", voluntary: true, DateOnly.FromDateTime(DateTime.UtcNow));
            employee.TakeDomainEvents();
            return await db.SaveChangesAsync();
        });
        await portal.SetDemoPasswordAsync(leaver.WorkEmail);
        return (leaver.Id, leaver.WorkEmail);
    }

    [Fact]
    public async Task Should_let_only_hr_record_and_read_the_exit_interview_when_someone_leaves()
    {
        var (id, email) = await LeaverAsync(0);
        var managerEmail = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.Manager!.WorkEmail).SingleAsync());
        await portal.SetDemoPasswordAsync(managerEmail);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var form = $"/employees/{id}/exit-interview";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Reasons", nameof(LeavingReasons.Growth)), new("Reasons", nameof(LeavingReasons.Workload)), new("WouldReturn", nameof(WouldReturn.Maybe)),
            new("Comments", "=HYPERLINK(\"http://evil\") the quarter-end crunch"), new("__RequestVerificationToken", await hr.AntiforgeryTokenAsync(form)),
        };

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostAsync(form, new FormUrlEncodedContent(fields))).StatusCode);

        var interview = await portal.QueryDbAsync(db => db.Set<ExitInterview>().AsNoTracking().SingleAsync(x => x.EmployeeId == id));
        Assert.Equal((LeavingReasons.Growth | LeavingReasons.Workload, WouldReturn.Maybe), (interview.Reasons, interview.WouldReturn));
        Assert.Contains("quarter-end crunch", await hr.GetStringAsync("/onboarding/exit-interviews"));
        Assert.Contains("id=\"exit-interview-panel\"", await hr.GetStringAsync($"/employees/{id}"));
        var csv = Encoding.UTF8.GetString(await hr.GetByteArrayAsync("/onboarding/exit-interviews.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\") the quarter-end crunch\"", csv);
        foreach (var other in new[] { managerEmail, email, DemoPeople.Manager, DemoPeople.Admin })
        {
            var client = await portal.SignedInClientAsync(other);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(form)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/onboarding/exit-interviews")).StatusCode);
            var profile = await (await client.GetAsync($"/employees/{id}")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("quarter-end crunch", profile);
            Assert.DoesNotContain("id=\"exit-interview-panel\"", profile);
        }
    }

    [Fact]
    public async Task Should_update_the_one_exit_interview_when_hr_records_it_again()
    {
        var (id, _) = await LeaverAsync(1);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var form = $"/employees/{id}/exit-interview";
        foreach (var (reason, answer) in new[] { (LeavingReasons.Pay, WouldReturn.Yes), (LeavingReasons.Relocation, WouldReturn.No) })
        {
            var fields = new Dictionary<string, string> { ["Reasons"] = reason.ToString(), ["WouldReturn"] = answer.ToString(), ["Comments"] = "" };
            Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(form, form, fields)).StatusCode);
        }

        var interviews = await portal.QueryDbAsync(db => db.Set<ExitInterview>().AsNoTracking().Where(x => x.EmployeeId == id).ToListAsync());
        Assert.Equal((LeavingReasons.Relocation, WouldReturn.No), (Assert.Single(interviews).Reasons, interviews[0].WouldReturn));
        var page = await hr.GetStringAsync(form);
        Assert.Contains("id=\"reason-Relocation\" checked=\"checked\"", page);
        Assert.DoesNotContain("id=\"reason-Pay\" checked", page);
    }

    [Fact]
    public async Task Should_refuse_the_exit_interview_form_again_with_a_message_when_no_reason_is_ticked()
    {
        var (id, _) = await LeaverAsync(2);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var form = $"/employees/{id}/exit-interview";

        var response = await hr.PostFormAsync(form, form, new() { ["WouldReturn"] = nameof(WouldReturn.Yes) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick at least one reason for leaving.", await response.Content.ReadAsStringAsync());
        Assert.False(await portal.QueryDbAsync(db => db.Set<ExitInterview>().AnyAsync(x => x.EmployeeId == id)));
    }

    [Fact]
    public async Task Should_end_the_leavers_sessions_and_sign_ins_and_keep_their_records_when_the_day_after_their_last_day_comes()
    {
        var (id, email) = await LeaverAsync(3);
        var session = await portal.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/employees/{id}")).StatusCode);
        await portal.QueryDbAsync(async db =>
        {
            db.Add(new EmployeeDocument
            {
                EmployeeId = id, Type = EmployeeDocumentType.Contract, Title = "Contract of the leaver", FileKey = "employee-documents/x.pdf", FileName = "x.pdf",
                ContentType = "application/pdf", SizeBytes = 1, UploadedAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.LastDay, yesterday)));

        await portal.SendAsync(null, new ApplyDueJobChanges.Command());

        var afterwards = await session.GetAsync($"/employees/{id}");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/sign-in", afterwards.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var signIn = await portal.CreatePortalClient().PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = email, ["Password"] = OrganisationSeeder.DemoPassword });
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
        var kept = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id)
            .Select(e => new { e.Status, Documents = db.Set<EmployeeDocument>().Count(d => d.EmployeeId == id), Disabled = db.Users.Any(u => u.Id == e.UserId && u.DisabledAtUtc != null) })
            .SingleAsync());
        Assert.Equal((EmployeeStatus.Left, 1, true), (kept.Status, kept.Documents, kept.Disabled));
    }
}
