using System.Net;
using System.Reflection;
using ErmPortal.Data;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>The audit log shows each change to everyone who may read it, and each value only to those who may see that field.</summary>
public class AuditLogTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private const string PersonalEmail = "otter.lanyard.41@example.net";
    private const string Aspiration = "Run the Porto design studio";
    private const string Pronouns = "xe/xem";

    /// <summary>A person of this class's own, still with us (a leaver cannot sign in), who edits their private email, aspirations and pronouns once.</summary>
    private async Task<int> EditedPersonAsync()
    {
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.ManagerId != null && !e.DirectReports.Any() && e.Status != ErmPortal.Data.Organisation.EmployeeStatus.Left)
            .OrderBy(e => e.Id).Skip(40).Select(e => new { e.Id, e.WorkEmail, e.PersonalEmail }).FirstAsync());
        if (person.PersonalEmail == PersonalEmail) return person.Id;
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        var client = await portal.SignedInClientAsync(person.WorkEmail);
        var fields = await client.FormFieldsAsync("/me/profile");
        fields["PersonalEmail"] = PersonalEmail;
        fields["CareerAspirations"] = Aspiration;
        fields["Pronouns"] = Pronouns;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/me/profile", "/me/profile", fields)).StatusCode);
        return person.Id;
    }

    private static async Task<string> GetAsync(HttpClient client, string url, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_show_personal_values_to_hr_and_hide_them_from_admin_when_reading_the_audit_log()
    {
        var id = await EditedPersonAsync();

        var hr = await GetAsync(await portal.SignedInClientAsync(DemoPeople.Hr), $"/audit?employeeId={id}");
        var admin = await GetAsync(await portal.SignedInClientAsync(DemoPeople.Admin), $"/audit?employeeId={id}");

        Assert.Contains(PersonalEmail, hr);
        Assert.Contains(Aspiration, hr);
        Assert.DoesNotContain(PersonalEmail, admin);
        Assert.DoesNotContain(Aspiration, admin);
        // Admin still sees that they changed, and the values any colleague may see.
        Assert.Contains("Personal email", admin);
        Assert.Contains("Career aspirations", admin);
        Assert.Contains(Pronouns, admin);
        Assert.Contains(">hidden<", admin);
        Assert.DoesNotContain(">hidden<", hr);
    }

    [Fact]
    public async Task Should_name_fields_and_entities_by_their_labels_in_the_viewers_language()
    {
        var id = await EditedPersonAsync();
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var english = await GetAsync(hr, $"/audit?employeeId={id}");
        var italian = await GetAsync(hr, $"/audit?employeeId={id}", "it");

        Assert.Contains("Employee · Modified: Personal email", english);
        Assert.DoesNotContain(">PersonalEmail<", english);
        Assert.Contains("Email personale", italian);
        Assert.Contains("Aspirazioni professionali", italian);
        // The field filter offers labels, grouped by what was changed.
        Assert.Contains("<option value=\"Employee.PersonalEmail\">Personal email</option>", english);
        Assert.Contains("<optgroup label=\"Emergency contact\">", english);
    }

    [Fact]
    public async Task Should_list_only_the_chosen_field_when_filtering_by_field()
    {
        var id = await EditedPersonAsync();
        var page = await GetAsync(await portal.SignedInClientAsync(DemoPeople.Hr), $"/audit?employeeId={id}&field=Employee.PersonalEmail");

        Assert.Contains(PersonalEmail, page);
        Assert.DoesNotContain(Aspiration, page);
        Assert.DoesNotContain(Pronouns, page);
    }

    [Fact]
    public async Task Should_walk_the_reporting_lines_of_a_whole_audit_page_in_one_query()
    {
        await EditedPersonAsync();
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        portal.Commands.Reset();
        await GetAsync(hr, "/audit");

        Assert.Equal(1, portal.Commands.Texts.Count(sql => sql.Contains("RECURSIVE", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Should_declare_who_may_read_every_field_of_every_audited_entity()
    {
        var model = await portal.QueryDbAsync(db => Task.FromResult(db.Model));
        var undeclared = model.GetEntityTypes().Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetProperties().Where(p => !p.IsPrimaryKey() && p.PropertyInfo is not null)
                .Where(p => p.PropertyInfo!.GetCustomAttribute<AuditFieldAttribute>() is null && p.PropertyInfo!.GetCustomAttribute<NotAuditedAttribute>() is null)
                .Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .ToList();
        Assert.Empty(undeclared);
        Assert.Equal(FieldVisibility.Personal, AuditedFields.VisibilityOf(nameof(EmergencyContact), nameof(EmergencyContact.Phone)));
    }

    [Fact]
    public async Task Should_seed_waiting_and_decided_change_requests_and_a_year_of_audit_history()
    {
        var demoAccounts = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var requests = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.RequestedAtUtc < DateTime.UtcNow.AddMinutes(-1) || r.DecidedAtUtc != null)
            .Select(r => new { r.Status, r.DecisionReason, r.Employee.WorkEmail }).ToListAsync());
        var audit = await portal.QueryDbAsync(db => db.AuditEntries.Select(a => new { a.AtUtc, a.EntityType, a.Action }).ToListAsync());

        Assert.True(requests.Count(r => r.Status == ChangeRequestStatus.Pending) >= 2);
        Assert.Contains(requests, r => r.Status == ChangeRequestStatus.Approved);
        Assert.Contains(requests, r => r is { Status: ChangeRequestStatus.Rejected, DecisionReason: not null });
        Assert.DoesNotContain(requests, r => demoAccounts.Contains(r.WorkEmail));
        Assert.Contains(audit, a => a.AtUtc < DateTime.UtcNow.AddMonths(-9));
        Assert.Contains(audit, a => a.EntityType == AuditedFields.Account && a.Action == "Granted");
    }
}
