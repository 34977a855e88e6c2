using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Shared;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class SelfServiceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ValidIban = "GB82WEST12345698765432";

    /// <summary>Each test acts as its own seeded person, so tests do not see each other's changes.</summary>
    private async Task<(HttpClient Client, int Id, string Email)> SomeoneAsync(int skip)
    {
        // Someone still here, without change requests of their own in the seeded history, so the test's request is their only one.
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.ManagerId != null && !e.DirectReports.Any()
                && e.Status == EmployeeStatus.Active && !db.ChangeRequests.Any(r => r.EmployeeId == e.Id))
            .OrderBy(e => e.Id).Skip(5 + skip).Select(e => new { e.Id, e.WorkEmail }).FirstAsync());
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        return (await portal.SignedInClientAsync(person.WorkEmail), person.Id, person.WorkEmail);
    }

    [Fact]
    public async Task Should_save_at_once_and_record_on_timeline_when_employee_edits_own_profile()
    {
        var (client, id, _) = await SomeoneAsync(0);
        var fields = await client.FormFieldsAsync("/me/profile");
        fields["Pronouns"] = "they/them";
        fields["Skills"] = "SQL, Coaching, Public speaking";
        fields["EmergencyContacts[0].Name"] = "Maria Rossi";
        fields["EmergencyContacts[0].Relationship"] = "Partner";
        fields["EmergencyContacts[0].Phone"] = "+39 333 123 4567";

        var response = await client.PostFormAsync("/me/profile", "/me/profile", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.QueryDbAsync(db => db.Employees.Include(e => e.Tags).Include(e => e.EmergencyContacts).SingleAsync(e => e.Id == id));
        Assert.Equal("they/them", saved.Pronouns);
        Assert.Equal(["Coaching", "Public speaking", "SQL"], saved.Tags.Where(t => t.Kind == TagKind.Skill).Select(t => t.Name).Order());
        Assert.Equal("Maria Rossi", Assert.Single(saved.EmergencyContacts).Name);
        var since = DateTime.UtcNow.AddMinutes(-5);
        var entry = await portal.QueryDbAsync(db => db.TimelineEntries.Where(t => t.SubjectId == id && t.Kind == "profile-updated" && t.OccurredAtUtc > since).SingleAsync());
        Assert.Contains("pronouns", entry.Arguments.List("fields"));
        Assert.Contains("emergency contacts", entry.Arguments.List("fields"));
        Assert.True(entry.Audience.HasFlag(TimelineAudience.Subject));
        Assert.Contains("Updated", await client.GetStringAsync($"/employees/{id}/timeline"));
    }

    [Fact]
    public async Task Should_prefill_the_self_service_form_with_what_the_portal_knows()
    {
        var (client, id, _) = await SomeoneAsync(1);
        var phone = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.Phone).SingleAsync());
        var fields = await client.FormFieldsAsync("/me/profile");
        Assert.Equal(phone, fields["WorkPhone"]);
        var request = await client.FormFieldsAsync("/me/change-requests/new");
        Assert.False(string.IsNullOrEmpty(request["LegalLastName"]));
    }

    [Fact]
    public async Task Should_change_nothing_until_hr_approves_a_bank_account_change()
    {
        var (client, id, _) = await SomeoneAsync(2);
        var before = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.BankAccount).SingleAsync());
        var fields = await client.FormFieldsAsync("/me/change-requests/new");
        fields["BankAccount"] = "GB82 WEST 1234 5698 7654 32";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields)).StatusCode);
        Assert.Equal(before, await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.BankAccount).SingleAsync()));
        Assert.Contains("Pending", await client.GetStringAsync("/me/change-requests"));

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var requestId = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == id).Select(r => r.Id).SingleAsync());
        Assert.Contains("••••5432", await hr.GetStringAsync("/change-requests"));
        var review = await hr.GetStringAsync($"/change-requests/{requestId}");
        Assert.Contains(ValidIban, review); // HR sees the full values side by side
        var version = Regex.Match(review, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var approve = await hr.PostFormAsync($"/change-requests/{requestId}", $"/change-requests/{requestId}",
            new() { ["Approve"] = "true", ["Reason"] = "", ["Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(ValidIban, await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.BankAccount).SingleAsync()));
        Assert.Contains("approved and applied", await client.GetStringAsync($"/employees/{id}/timeline"));
        var audit = await portal.QueryDbAsync(db => db.AuditEntries.SingleAsync(a => a.EmployeeId == id && a.Field == "BankAccount"));
        Assert.True(audit.Sensitive);
        Assert.Equal("••••5432", audit.NewValue); // masked before it was stored
        var auditPage = await hr.GetStringAsync($"/audit?employeeId={id}");
        Assert.Contains("••••5432", auditPage);
        Assert.DoesNotContain(ValidIban, auditPage);
        var kept = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.Id == requestId).SelectMany(r => r.Items).SingleAsync());
        Assert.Equal(("••••5432", Masking.Mask(before)), (kept.NewValue, kept.OldValue)); // the decided request keeps no usable account
        Assert.DoesNotContain(ValidIban, await hr.GetStringAsync($"/change-requests/{requestId}"));
    }

    [Fact]
    public async Task Should_keep_only_the_masked_bank_account_when_hr_rejects_the_change()
    {
        var (client, id, _) = await SomeoneAsync(8);
        var fields = await client.FormFieldsAsync("/me/change-requests/new");
        fields["BankAccount"] = ValidIban;
        await client.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields);
        var requestId = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == id).Select(r => r.Id).SingleAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var review = await hr.GetStringAsync($"/change-requests/{requestId}");
        Assert.Contains(ValidIban, review); // while pending, HR checks the whole value
        var version = Regex.Match(review, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

        await hr.PostFormAsync($"/change-requests/{requestId}", $"/change-requests/{requestId}",
            new() { ["Approve"] = "false", ["Reason"] = "This account is not in your name.", ["Version"] = version });

        var item = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.Id == requestId).SelectMany(r => r.Items).SingleAsync());
        Assert.Equal(SensitiveField.BankAccount, item.Field);
        Assert.Equal("••••5432", item.NewValue);
        Assert.True(item.OldValue is null || Masking.IsMasked(item.OldValue), item.OldValue);
    }

    [Fact]
    public async Task Should_show_the_bank_account_and_national_id_masked_when_the_change_request_form_opens()
    {
        var (client, id, _) = await SomeoneAsync(9);
        var held = new { BankAccount = "IT60X0542811101000000123456", NationalId = "RSSMRA80A01H501U" };
        await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.BankAccount, held.BankAccount).SetProperty(x => x.NationalId, held.NationalId)));

        var page = await client.GetStringAsync("/me/change-requests/new");
        var fields = await client.FormFieldsAsync("/me/change-requests/new");

        Assert.Equal(Masking.Mask(held.BankAccount), fields["BankAccount"]);
        Assert.Equal(Masking.Mask(held.NationalId, 2), fields["NationalId"]);
        Assert.DoesNotContain(held.BankAccount, page);
        Assert.DoesNotContain(held.NationalId, page);
    }

    [Fact]
    public async Task Should_request_no_bank_or_id_change_when_the_masked_values_are_posted_back_unchanged()
    {
        var (client, id, _) = await SomeoneAsync(10);
        var fields = await client.FormFieldsAsync("/me/change-requests/new");
        fields["HomeAddress"] = "Corso Vittorio Emanuele 5, Milano";

        var response = await client.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var items = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == id).SelectMany(r => r.Items).ToListAsync());
        Assert.Equal([SensitiveField.HomeAddress], items.Select(i => i.Field));
    }

    [Fact]
    public async Task Should_ask_for_the_whole_value_when_a_masked_bank_account_was_edited_but_not_replaced()
    {
        var (client, id, _) = await SomeoneAsync(11);
        var fields = await client.FormFieldsAsync("/me/change-requests/new");
        fields["BankAccount"] = "••••0000";

        var response = await client.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields);

        Assert.Contains("Type the whole new value, or leave the masked one as it is.", await response.Content.ReadAsStringAsync());
        Assert.False(await portal.QueryDbAsync(db => db.ChangeRequests.AnyAsync(r => r.EmployeeId == id)));
    }

    [Fact]
    public async Task Should_require_a_reason_and_tell_the_employee_when_hr_rejects()
    {
        var (client, id, _) = await SomeoneAsync(3);
        var fields = await client.FormFieldsAsync("/me/change-requests/new");
        fields["HomeAddress"] = "Via Garibaldi 10, Torino";
        await client.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields);
        var requestId = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == id).Select(r => r.Id).SingleAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var version = Regex.Match(await hr.GetStringAsync($"/change-requests/{requestId}"), "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

        var withoutReason = await hr.PostFormAsync($"/change-requests/{requestId}", $"/change-requests/{requestId}",
            new() { ["Approve"] = "false", ["Reason"] = "", ["Version"] = version });
        Assert.Contains("Say why the request is rejected", await withoutReason.Content.ReadAsStringAsync());

        await hr.PostFormAsync($"/change-requests/{requestId}", $"/change-requests/{requestId}",
            new() { ["Approve"] = "false", ["Reason"] = "Please attach proof of address.", ["Version"] = version });
        Assert.Contains("Please attach proof of address.", await client.GetStringAsync("/me/change-requests"));
        Assert.NotEqual("Via Garibaldi 10, Torino", await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.HomeAddress).SingleAsync()));
    }

    [Fact]
    public async Task Should_refuse_an_invalid_iban_next_to_the_field()
    {
        var (client, _, _) = await SomeoneAsync(4);
        var fields = await client.FormFieldsAsync("/me/change-requests/new");
        fields["BankAccount"] = "IT00 1234";
        var response = await client.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", fields);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter a valid IBAN", page);
        Assert.Contains("value=\"IT00 1234\"", page);
    }

    [Fact]
    public async Task Should_show_a_conflict_when_the_profile_changed_after_the_form_was_opened()
    {
        var (client, id, _) = await SomeoneAsync(5);
        var stale = await client.FormFieldsAsync("/me/profile");
        var fresh = await client.FormFieldsAsync("/me/profile");
        // A real change whatever the person had: saving the same value changes nothing.
        var changed = fresh.GetValueOrDefault("Pronouns") == "she/her" ? "they/them" : "she/her";
        fresh["Pronouns"] = changed;
        await client.PostFormAsync("/me/profile", "/me/profile", fresh);
        stale["Pronouns"] = "he/him";

        var response = await client.PostFormAsync("/me/profile", "/me/profile", stale);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your profile changed since you opened this page", page);
        Assert.Contains($"Changed meanwhile to: {changed}", page);
        Assert.Equal(changed, await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.Pronouns).SingleAsync()));
    }

    [Fact]
    public async Task Should_show_a_conflict_when_another_tab_saved_only_a_skill_after_the_form_was_opened()
    {
        var (client, id, _) = await SomeoneAsync(12);
        var stale = await client.FormFieldsAsync("/me/profile");
        var fresh = await client.FormFieldsAsync("/me/profile");
        fresh["Skills"] = "Negotiation";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/me/profile", "/me/profile", fresh)).StatusCode);
        stale["Pronouns"] = "he/him";

        var response = await client.PostFormAsync("/me/profile", "/me/profile", stale);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your profile changed since you opened this page", page);
        Assert.Contains("Changed meanwhile to: Negotiation", page);
        var skills = await portal.QueryDbAsync(db => db.EmployeeTags.Where(t => t.EmployeeId == id && t.Kind == TagKind.Skill).Select(t => t.Name).ToListAsync());
        Assert.Equal(["Negotiation"], skills);
    }

    [Fact]
    public async Task Should_show_a_conflict_when_another_tab_saved_only_an_emergency_contact_after_the_form_was_opened()
    {
        var (client, id, _) = await SomeoneAsync(13);
        var stale = await client.FormFieldsAsync("/me/profile");
        var fresh = await client.FormFieldsAsync("/me/profile");
        fresh["EmergencyContacts[0].Name"] = "Luca Bianchi";
        fresh["EmergencyContacts[0].Relationship"] = "Brother";
        fresh["EmergencyContacts[0].Phone"] = "+39 333 765 4321";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/me/profile", "/me/profile", fresh)).StatusCode);
        stale["EmergencyContacts[0].Name"] = "Anna Verdi";
        stale["EmergencyContacts[0].Relationship"] = "Partner";
        stale["EmergencyContacts[0].Phone"] = "+39 333 111 2222";

        var response = await client.PostFormAsync("/me/profile", "/me/profile", stale);

        Assert.Contains("Your profile changed since you opened this page", await response.Content.ReadAsStringAsync());
        Assert.Equal(["Luca Bianchi"], await portal.QueryDbAsync(db => db.EmergencyContacts.Where(c => c.EmployeeId == id).Select(c => c.Name).ToListAsync()));
    }

    [Fact]
    public async Task Should_download_everything_held_about_me_as_json_and_csv_zip()
    {
        var (client, _, email) = await SomeoneAsync(6);
        var json = JsonDocument.Parse(await client.GetStringAsync("/me/data.json"));
        Assert.Equal(email, json.RootElement.GetProperty("profile")[0].GetProperty("WorkEmail").GetString());
        Assert.True(json.RootElement.TryGetProperty("job-history", out _));

        var zip = new ZipArchive(await client.GetStreamAsync("/me/data.zip"));
        Assert.Contains("profile.csv", zip.Entries.Select(e => e.Name));
        Assert.Contains("emergency-contacts.csv", zip.Entries.Select(e => e.Name));
        using var reader = new StreamReader(zip.GetEntry("profile.csv")!.Open());
        Assert.StartsWith("LegalFirstName,", await reader.ReadLineAsync());
    }

    [Fact]
    public async Task Should_encode_stored_script_in_every_free_text_field_on_every_page_that_shows_it()
    {
        const string payload = "<script>alert('x')</script>";
        var (client, id, _) = await SomeoneAsync(7);
        var fields = await client.FormFieldsAsync("/me/profile");
        fields["PreferredName"] = payload; fields["Pronouns"] = payload; fields["Skills"] = payload;
        fields["Interests"] = payload; fields["CareerAspirations"] = payload; fields["PersonalEmail"] = "";
        fields["EmergencyContacts[0].Name"] = payload; fields["EmergencyContacts[0].Relationship"] = payload;
        fields["EmergencyContacts[0].Phone"] = "+39 333 000 0000";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/me/profile", "/me/profile", fields)).StatusCode);
        var request = await client.FormFieldsAsync("/me/change-requests/new");
        request["HomeAddress"] = payload; request["Comment"] = payload;
        await client.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", request);
        var requestId = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == id).Select(r => r.Id).SingleAsync());

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var pages = new[]
        {
            await client.GetStringAsync($"/employees/{id}"), await client.GetStringAsync("/me/profile"), await client.GetStringAsync("/"),
            await client.GetStringAsync($"/employees/{id}/timeline"), await client.GetStringAsync("/me/change-requests"),
            await hr.GetStringAsync($"/employees/{id}"), await hr.GetStringAsync($"/change-requests/{requestId}"),
            await hr.GetStringAsync("/change-requests"), await hr.GetStringAsync($"/audit?employeeId={id}"),
            await hr.GetStringAsync($"/employees?search={Uri.EscapeDataString("<script>")}"),
        };
        Assert.All(pages, page => Assert.DoesNotContain("<script>alert", page));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", pages[0]);
        Assert.Contains("&lt;script&gt;", pages[6]);
    }

    [Fact]
    public async Task Should_give_every_demo_person_a_bank_account_that_passes_the_portals_own_check()
    {
        // A demo account that fails the portal's IBAN rule could not send its own prefilled change-request form.
        var accounts = await portal.QueryDbAsync(db => db.Employees.Where(e => e.BankAccount != null).Select(e => e.BankAccount!).ToListAsync());
        Assert.NotEmpty(accounts);
        Assert.All(accounts, account => Assert.True(ErmPortal.Web.Profiles.Iban.IsValid(account), account));
    }
}
