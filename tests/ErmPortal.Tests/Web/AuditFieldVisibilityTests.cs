using System.Globalization;
using System.Net;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Every audited field, one by one: a change to it shows its values to exactly those who see that field on the
/// profile, and the log tells each value as a person reads it.
/// </summary>
public class AuditFieldVisibilityTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static string Marker(AuditedFields.Field field) => $"mk-{field.EntityType}-{field.Name}-end";

    /// <summary>What Admin may read on a person's profile: the card and the employment details, never personal or development fields.</summary>
    private static bool AdminSees(FieldVisibility visibility) => visibility is FieldVisibility.Card or FieldVisibility.Employment;

    private static bool IsPhoto(AuditedFields.Field field) => (field.EntityType, field.Name) == (nameof(Employee), nameof(Employee.PhotoKey));

    private async Task<(int Id, string? UserId)> PersonAsync(int skip) =>
        await portal.QueryDbAsync(async db => (await db.Employees.Where(e => e.ManagerId != null && !e.DirectReports.Any() && e.UserId != null)
            .OrderBy(e => e.Id).Skip(skip).Select(e => new { e.Id, e.UserId }).FirstAsync()) is var p ? (p.Id, p.UserId) : default);

    private Task PlantAsync(params AuditEntry[] entries) =>
        portal.QueryDbAsync(async db => { db.AuditEntries.AddRange(entries); return await db.SaveChangesAsync(); });

    private static AuditEntry Change(int employeeId, string entityType, string entityId, string? field, string? oldValue, string? newValue,
        string action = "Modified", DateTime? atUtc = null) => new()
    {
        AtUtc = atUtc ?? DateTime.UtcNow.AddMinutes(-5), ActorName = "Audit Tester", EntityType = entityType, EntityId = entityId,
        EmployeeId = employeeId, Action = action, Field = field, OldValue = oldValue, NewValue = newValue,
    };

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_show_each_audited_fields_values_to_hr_and_hide_personal_and_development_ones_from_admin()
    {
        var (id, userId) = await PersonAsync(2);
        var fields = AuditedFields.All.SelectMany(t => t.Fields.Values).ToList();
        await PlantAsync(fields.Select(f => Change(id, f.EntityType, f.EntityType == AuditedFields.Account ? userId! : "1", f.Name, null, Marker(f))).ToArray());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        var wrong = new List<string>();
        foreach (var field in fields)
        {
            var url = $"/audit?employeeId={id}&field={field.EntityType}.{field.Name}";
            var shown = IsPhoto(field) ? "photo added" : Marker(field);
            var hrPage = await PageAsync(hr, url);
            var adminPage = await PageAsync(admin, url);
            if (!hrPage.Contains(shown) || hrPage.Contains(">hidden<")) wrong.Add($"HR does not read {field.EntityType}.{field.Name}");
            var adminReads = adminPage.Contains(shown) && !adminPage.Contains(">hidden<");
            var adminHidden = !adminPage.Contains(Marker(field)) && adminPage.Contains(">hidden<");
            if (AdminSees(field.Visibility) ? !adminReads : !adminHidden)
                wrong.Add($"Admin {(adminReads ? "reads" : "does not read")} {field.Visibility} {field.EntityType}.{field.Name}");
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

        // The person's whole history, every page of it, shows Admin no personal, development, performance or pay value either.
        var history = "";
        for (var page = 1; page <= fields.Count / 25 + 2; page++)
            history += await PageAsync(admin, $"/audit?employeeId={id}&page={page}");
        Assert.All(fields.Where(f => !AdminSees(f.Visibility)), f => Assert.DoesNotContain(Marker(f), history));
        Assert.Contains(fields.Where(f => f.Visibility == FieldVisibility.Card && !IsPhoto(f)), f => history.Contains(Marker(f)));
    }

    [Fact]
    public async Task Should_tell_ids_flags_files_accounts_and_skills_as_a_person_reads_them()
    {
        var (id, userId) = await PersonAsync(3);
        var key = id.ToString(CultureInfo.InvariantCulture);
        var (positions, departments, location, manager, email) = await portal.QueryDbAsync(async db => (
            await db.Positions.OrderBy(p => p.Id).Take(2).Select(p => new { p.Id, p.Title }).ToListAsync(),
            await db.Departments.OrderBy(d => d.Id).Take(2).Select(d => new { d.Id, d.Name }).ToListAsync(),
            await db.Locations.OrderBy(l => l.Id).Select(l => new { l.Id, l.Name }).FirstAsync(),
            await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => new { e.Id, e.LegalLastName }).FirstAsync(),
            await db.Users.Where(u => u.Id == userId).Select(u => u.Email!).FirstAsync()));
        string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
        await PlantAsync(
            Change(id, nameof(Employee), key, nameof(Employee.PositionId), Id(positions[0].Id), Id(positions[1].Id)),
            Change(id, nameof(Employee), key, nameof(Employee.DepartmentId), Id(departments[0].Id), Id(departments[1].Id)),
            Change(id, nameof(Employee), key, nameof(Employee.LocationId), null, Id(location.Id)),
            Change(id, nameof(Employee), key, nameof(Employee.ManagerId), null, Id(manager.Id)),
            Change(id, nameof(Employee), key, nameof(Employee.LeavingVoluntarily), null, "True"),
            Change(id, nameof(Employee), key, nameof(Employee.Status), "Active", "OnLeave"),
            Change(id, nameof(Employee), key, nameof(Employee.PhotoKey), "photos/ab/cd/old-photo.png", "photos/ef/gh/new-photo.png"),
            Change(id, nameof(Employee), key, nameof(Employee.UserId), null, userId));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await PageAsync(hr, $"/audit?employeeId={id}");

        Assert.Contains($">{positions[0].Title}<", page);
        Assert.Contains($">{positions[1].Title}<", page);
        Assert.Contains($">{departments[1].Name}<", page);
        Assert.Contains($">{location.Name}<", page);
        Assert.Contains(manager.LegalLastName, page);
        Assert.Contains(">Yes<", page);
        Assert.Contains(">On leave<", page);
        Assert.Contains(">photo changed<", page);
        Assert.DoesNotContain("new-photo.png", page);
        Assert.Contains($">{email}<", page);
        Assert.DoesNotContain(userId!, page);
        Assert.DoesNotContain("Leaving voluntarily True", page);
        // Names are looked up once for the whole page, whatever it holds.
        portal.Commands.Reset();
        await PageAsync(hr, $"/audit?employeeId={id}");
        Assert.Equal(1, portal.Commands.Texts.Count(sql => sql.Contains("FROM \"Positions\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_name_the_skill_when_someone_adds_one_to_their_profile()
    {
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.ManagerId != null && !e.DirectReports.Any())
            .OrderBy(e => e.Id).Skip(60).Select(e => new { e.Id, e.WorkEmail }).FirstAsync());
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        var client = await portal.SignedInClientAsync(person.WorkEmail);
        var fields = await client.FormFieldsAsync("/me/profile");
        fields["Skills"] = "Origami engineering";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/me/profile", "/me/profile", fields)).StatusCode);

        var page = await PageAsync(await portal.SignedInClientAsync(DemoPeople.Hr), $"/audit?employeeId={person.Id}");

        Assert.Contains("Skill: Origami engineering", page);
    }

    [Fact]
    public async Task Should_show_audit_times_in_the_readers_time_zone()
    {
        var (id, _) = await PersonAsync(4);
        await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Admin).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "Asia/Tokyo")));
        await PlantAsync(Change(id, nameof(Employee), "1", nameof(Employee.Pronouns), null, "they/them", atUtc: new DateTime(2025, 3, 4, 12, 0, 0, DateTimeKind.Utc)));

        var page = await PageAsync(await portal.SignedInClientAsync(DemoPeople.Admin), $"/audit?employeeId={id}");

        Assert.Contains(new DateTime(2025, 3, 4, 21, 0, 0).ToString("g", CultureInfo.GetCultureInfo("en")), page); // 12:00 UTC is 21:00 in Tokyo
    }

    [Fact]
    public async Task Should_suggest_widening_the_filters_only_when_some_are_set()
    {
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        var filtered = await PageAsync(admin, "/audit?actor=nobody-by-this-name");

        Assert.Contains("No changes match. Widen the dates or clear the filters.", filtered);
        Assert.True(Filtered(new() { Actor = "x" }) && Filtered(new() { To = new DateOnly(2025, 1, 1) }) && Filtered(new() { EmployeeId = 1 }));
        Assert.False(Filtered(new()) || Filtered(new() { Actor = " ", Field = "" }));
    }

    private static bool Filtered(ErmPortal.Web.Audit.SearchAuditLog.Query query) =>
        new ErmPortal.Web.Audit.SearchAuditLog.Model(query, new([], 1, 25, 0), null, []).Filtered;
}
