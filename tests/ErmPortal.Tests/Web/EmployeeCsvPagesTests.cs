using System.Net;
using System.Text;
using CsvHelper;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class EmployeeCsvPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ImportPage = "/employees/import";

    private Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "people.csv", string contentType = "text/csv") =>
        client.PostFileAsync(ImportPage, ImportPage, "File", fileName, contentType, content);

    private Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string ticket) =>
        client.PostFormAsync(ImportPage, "/employees/import/confirm", new() { ["Ticket"] = ticket });

    private Task<bool> AnyEmployeeAsync(params string[] emails) =>
        portal.QueryDbAsync(db => db.Employees.AnyAsync(e => emails.Contains(e.WorkEmail)));

    private static async Task<List<string[]>> ReadCsvAsync(HttpResponseMessage response)
    {
        using var reader = CsvReader.Create(await response.Content.ReadAsByteArrayAsync());
        var rows = new List<string[]> { reader.Headers.ToArray() };
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    [Fact]
    public async Task Should_export_only_the_filtered_employees_with_formula_cells_shown_as_text_when_hr_exports()
    {
        var email = await portal.QueryDbAsync(async db =>
        {
            var person = await db.Employees.OrderBy(e => e.Id).Skip(40).FirstAsync(e => e.ManagerId != null);
            person.LegalFirstName = "=HYPERLINK(\"http://evil.test\",\"Click\")";
            person.LegalLastName = "-2+3+cmd";
            person.PreferredName = "@SUM(A1)";
            person.Phone = "+39 02 1234 5678";
            await db.SaveChangesAsync();
            return person.WorkEmail;
        });
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var response = await client.GetAsync($"/employees/export?search={Uri.EscapeDataString(email)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches("^employees-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.csv$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(Encoding.UTF8.GetPreamble(), (await response.Content.ReadAsByteArrayAsync())[..3]);
        var rows = await ReadCsvAsync(response);
        Assert.Equal(EmployeeCsv.Columns, rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Contains(email, r[3], StringComparison.OrdinalIgnoreCase));
        var row = rows.Skip(1).Single(r => r[3] == email);
        Assert.Equal("'=HYPERLINK(\"http://evil.test\",\"Click\")", row[0]);
        Assert.Equal("'-2+3+cmd", row[1]);
        Assert.Equal("'@SUM(A1)", row[2]);
        Assert.Equal(email, row[3]);
        Assert.Equal("'+39 02 1234 5678", row[4]);
    }

    [Fact]
    public async Task Should_export_every_matching_employee_not_only_the_page_when_filtered_by_department_and_status()
    {
        var engineering = await portal.QueryDbAsync(db => db.Departments.Where(d => d.Name == "Engineering").Select(d => d.Id).SingleAsync());
        var expected = await portal.QueryDbAsync(db => db.Employees.Where(e => e.DepartmentId == engineering && e.Status == EmployeeStatus.Active)
            .Select(e => e.WorkEmail).ToListAsync());
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var rows = await ReadCsvAsync(await client.GetAsync($"/employees/export?departmentId={engineering}&status=Active"));

        Assert.True(expected.Count > 0);
        Assert.Equal(expected.Order(), rows.Skip(1).Select(r => r[3]).Order());
        Assert.All(rows.Skip(1), r => Assert.Equal(("Engineering", "Active"), (r[8], r[7])));
    }

    [Fact]
    public async Task Should_link_to_the_export_with_the_current_filters_when_hr_views_a_filtered_list()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var page = await client.GetStringAsync("/employees?search=lead&status=Active");
        Assert.Contains("href=\"/employees/export?search=lead&amp;status=Active\"", page);
        Assert.Contains("href=\"/employees/import\"", page);
    }

    [Fact]
    public async Task Should_list_every_rows_problems_and_write_nothing_when_the_file_has_bad_rows()
    {
        var file = EmployeeCsvFiles.Utf8(
            EmployeeCsvFiles.Header,
            EmployeeCsvFiles.Row("Ada", "Valid", "ada.valid@erm.demo"),
            EmployeeCsvFiles.Row("\"Grace\"x", "Quote", "grace.quote@erm.demo"),
            "Alan,Short,alan.short@erm.demo",
            EmployeeCsvFiles.Row("Twin", "One", "twin@erm.demo"),
            EmployeeCsvFiles.Row("Twin", "Two", "TWIN@erm.demo"),
            EmployeeCsvFiles.Row("Rita", "Research", "rita.research@erm.demo", department: "Research"),
            EmployeeCsvFiles.Row("Dan", "Date", "dan.date@erm.demo", hireDate: "23/11/2026"),
            EmployeeCsvFiles.Row("=1+1", "Formula", "formula@erm.demo"));
        // Counted once the portal has started: its demo data brings files of its own.
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var storedBefore = portal.StoredFiles().Count;

        var response = await UploadAsync(client, file);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("7 of 8 rows have problems. Nothing has been imported", page);
        Assert.Contains("OK", EmployeeCsvFiles.PreviewRow(page, 2));
        Assert.Contains("has a quote in the wrong place", EmployeeCsvFiles.PreviewRow(page, 3));
        Assert.Contains("does not have as many cells as the header row", EmployeeCsvFiles.PreviewRow(page, 4));
        Assert.Contains("Another row of this file has the same work email.", EmployeeCsvFiles.PreviewRow(page, 5));
        Assert.Contains("Another row of this file has the same work email.", EmployeeCsvFiles.PreviewRow(page, 6));
        Assert.Contains("No department has this name.", EmployeeCsvFiles.PreviewRow(page, 7));
        Assert.Contains("Write the hire date as yyyy-MM-dd", EmployeeCsvFiles.PreviewRow(page, 8));
        Assert.Contains("starts like a spreadsheet formula", EmployeeCsvFiles.PreviewRow(page, 9));
        Assert.Null(EmployeeCsvFiles.TicketIn(page));
        Assert.Equal(storedBefore, portal.StoredFiles().Count);
        Assert.False(await AnyEmployeeAsync("ada.valid@erm.demo", "twin@erm.demo", "formula@erm.demo"));
    }

    [Fact]
    public async Task Should_refuse_with_advice_to_save_as_csv_utf8_when_the_file_is_latin1()
    {
        var latin1 = Encoding.Latin1.GetBytes(EmployeeCsvFiles.Header + "\r\n" + EmployeeCsvFiles.Row("José", "Peña", "jose.pena@erm.demo") + "\r\n");
        // Counted once the portal has started: its demo data brings files of its own.
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var storedBefore = portal.StoredFiles().Count;

        var page = await (await UploadAsync(client, latin1)).Content.ReadAsStringAsync();

        Assert.Contains("This file is not saved as UTF-8", page);
        Assert.Contains("CSV UTF-8 (Comma delimited) (*.csv)", page);
        Assert.Null(EmployeeCsvFiles.TicketIn(page));
        Assert.Equal(storedBefore, portal.StoredFiles().Count);
        Assert.False(await AnyEmployeeAsync("jose.pena@erm.demo"));
    }

    [Theory]
    [InlineData("people.csv", "text/csv", 5 * 1024 * 1024 + 1, "The file is larger than 5 MB.")]
    [InlineData("people.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 2000, "Only CSV files can be imported.")]
    [InlineData("people.csv", "application/pdf", 2000, "Only CSV files can be imported.")]
    [InlineData("people.csv", "text/csv", 0, "The file is empty.")]
    public async Task Should_refuse_beside_the_field_and_store_nothing_when_the_upload_is_too_large_empty_or_not_csv(
        string fileName, string contentType, int size, string message)
    {
        var content = new byte[size];
        Array.Fill(content, (byte)'a');
        // Counted once the portal has started: its demo data brings files of its own.
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var storedBefore = portal.StoredFiles().Count;

        var response = await UploadAsync(client, content, fileName, contentType);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<span class=\"field-validation-error\">{message}", page);
        Assert.Equal(storedBefore, portal.StoredFiles().Count);
    }

    [Fact]
    public async Task Should_hire_every_row_with_accounts_invitations_and_managers_when_hr_confirms_a_valid_file()
    {
        var manager = await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Manager));
        // Reports before their managers: the import must still hire the managers first.
        var file = EmployeeCsvFiles.Utf8(
            EmployeeCsvFiles.Header,
            EmployeeCsvFiles.Row("Cy", "Third", "cy.third@erm.demo", manager: "bo.second@erm.demo", type: "Intern"),
            EmployeeCsvFiles.Row("Zoë", "Müller", "zoe.muller@erm.demo", manager: "al.first@erm.demo", preferred: "Zo"),
            EmployeeCsvFiles.Row("Bo", "Second", "bo.second@erm.demo", manager: "al.first@erm.demo", department: "People & Culture", position: "HR Partner"),
            EmployeeCsvFiles.Row("Al", "First", "al.first@erm.demo", manager: DemoPeople.Manager));
        // Counted once the portal has started: its demo data brings files of its own.
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var storedBefore = portal.StoredFiles().Count;

        var preview = await (await UploadAsync(client, file)).Content.ReadAsStringAsync();
        Assert.Contains("All 4 rows can be imported.", preview);
        Assert.Contains("Import 4 employees", preview);
        Assert.Equal(storedBefore + 1, portal.StoredFiles().Count);
        Assert.False(await AnyEmployeeAsync("al.first@erm.demo"));

        var response = await ConfirmAsync(client, EmployeeCsvFiles.TicketIn(preview)!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/employees?status=Onboarding", response.Headers.Location!.ToString());
        Assert.Contains("Employees imported.", await client.GetStringAsync(response.Headers.Location));
        string[] emails = ["al.first@erm.demo", "bo.second@erm.demo", "cy.third@erm.demo", "zoe.muller@erm.demo"];
        var hired = (await portal.QueryDbAsync(db => db.Employees.AsNoTracking().Include(e => e.JobHistory).Where(e => emails.Contains(e.WorkEmail)).ToListAsync()))
            .ToDictionary(e => e.WorkEmail.Split('@')[0]);
        Assert.Equal(4, hired.Count);
        Assert.Equal(manager.Id, hired["al.first"].ManagerId);
        Assert.Equal(hired["al.first"].Id, hired["bo.second"].ManagerId);
        Assert.Equal(hired["bo.second"].Id, hired["cy.third"].ManagerId);
        Assert.Equal(hired["al.first"].Id, hired["zoe.muller"].ManagerId);
        Assert.Equal(hired["bo.second"].Id, Assert.Single(hired["cy.third"].JobHistory).ManagerId);
        Assert.Equal(("Zoë", "Müller", "Zo"), (hired["zoe.muller"].LegalFirstName, hired["zoe.muller"].LegalLastName, hired["zoe.muller"].PreferredName));
        Assert.Equal(EmploymentType.Intern, hired["cy.third"].EmploymentType);
        Assert.All(hired.Values, e => Assert.Equal(EmployeeStatus.Onboarding, e.Status));
        foreach (var employee in hired.Values)
        {
            var roles = await portal.QueryDbAsync(db => db.UserRoles.Where(r => r.UserId == employee.UserId)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
            Assert.Equal([Roles.Employee], roles);
            Assert.True(await portal.QueryDbAsync(db => db.OutboxEmails.AnyAsync(m => m.To == employee.WorkEmail && m.Subject.Contains("Welcome"))));
        }
        Assert.Equal(storedBefore, portal.StoredFiles().Count);
    }

    [Fact]
    public async Task Should_import_nothing_and_name_the_row_when_the_organisation_changed_between_preview_and_confirm()
    {
        var file = EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header,
            EmployeeCsvFiles.Row("Una", "Early", "una.early@erm.demo"),
            EmployeeCsvFiles.Row("Lou", "Late", "lou.late@erm.demo"));
        // Counted once the portal has started: its demo data brings files of its own.
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var storedBefore = portal.StoredFiles().Count;
        var ticket = EmployeeCsvFiles.TicketIn(await (await UploadAsync(client, file)).Content.ReadAsStringAsync());
        Assert.NotNull(ticket);
        var engineering = await portal.QueryDbAsync(db => db.Departments.Where(d => d.Name == "Engineering").Select(d => d.Id).SingleAsync());
        var hired = await portal.SendAsync(DemoPeople.Hr, new CreateEmployee.Command
        {
            LegalFirstName = "Lou", LegalLastName = "Meanwhile", WorkEmail = "lou.late@erm.demo", HireDate = new DateOnly(2026, 1, 5),
            DepartmentId = engineering,
            PositionId = await portal.QueryDbAsync(db => db.Positions.Where(p => p.Title == "Software Engineer").Select(p => p.Id).SingleAsync()),
            LocationId = await portal.QueryDbAsync(db => db.Locations.Select(l => l.Id).FirstAsync()), ManagerEmail = DemoPeople.Manager,
        });
        Assert.True(hired > 0);

        var response = await ConfirmAsync(client, ticket);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was imported", page);
        Assert.Matches("<td>3</td>\\s*<td>\\s*<code>WorkEmail</code>\\s*</td>\\s*<td[^>]*>Another employee already has this work email.</td>", page);
        Assert.False(await AnyEmployeeAsync("una.early@erm.demo"));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Employees.CountAsync(e => e.WorkEmail == "lou.late@erm.demo")));
        Assert.Equal(storedBefore, portal.StoredFiles().Count);
    }

    [Fact]
    public async Task Should_refuse_a_changed_ticket_or_someone_elses_and_import_nothing_when_confirming()
    {
        var file = EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header, EmployeeCsvFiles.Row("Tess", "Ticket", "tess.ticket@erm.demo"));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var ticket = EmployeeCsvFiles.TicketIn(await (await UploadAsync(hr, file)).Content.ReadAsStringAsync())!;
        var tampered = ticket[..20] + (ticket[20] == 'A' ? 'B' : 'A') + ticket[21..];
        await portal.CreateAccountAsync("second.hr@erm.demo", OrganisationSeeder.DemoPassword, Roles.Hr);
        var otherHr = await portal.SignedInClientAsync("second.hr@erm.demo");

        foreach (var (client, attempt) in new[] { (hr, tampered), (hr, "storage/key.csv"), (otherHr, ticket) })
        {
            var response = await ConfirmAsync(client, attempt);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("This import is no longer available: it was already imported, it has expired, or it was prepared for someone else.",
                await response.Content.ReadAsStringAsync());
        }

        Assert.False(await AnyEmployeeAsync("tess.ticket@erm.demo"));
    }

    [Fact]
    public async Task Should_forbid_employee_when_exporting_or_importing()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/employees/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(ImportPage)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFileAsync("/", ImportPage, "File", "people.csv", "text/csv",
            EmployeeCsvFiles.Valid(1, "forbidden"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", "/employees/import/confirm", new() { ["Ticket"] = "x" })).StatusCode);
        await Assert.ThrowsAsync<ForbiddenException>(() => portal.SendAsync(DemoPeople.Employee, new ImportEmployees.Command { Ticket = "x" }));
        await Assert.ThrowsAsync<ForbiddenException>(() => portal.SendAsync(DemoPeople.Manager, new ExportEmployees.Query()));
    }
}
