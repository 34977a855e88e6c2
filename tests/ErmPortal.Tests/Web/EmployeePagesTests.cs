using System.Net;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class EmployeePagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<Employee> EmployeeAsync(string email) =>
        portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.WorkEmail == email));

    /// <summary>The edit form as the browser posts it, starting from what the page shows.</summary>
    private static Dictionary<string, string> EditFields(Employee e, string? managerEmail) => new()
    {
        ["LegalFirstName"] = e.LegalFirstName, ["LegalLastName"] = e.LegalLastName, ["PreferredName"] = e.PreferredName ?? "",
        ["WorkEmail"] = e.WorkEmail, ["Phone"] = e.Phone ?? "", ["HireDate"] = e.HireDate.ToString("yyyy-MM-dd"),
        ["EmploymentType"] = e.EmploymentType.ToString(), ["DepartmentId"] = e.DepartmentId.ToString(),
        ["PositionId"] = e.PositionId.ToString(), ["LocationId"] = e.LocationId.ToString(), ["ManagerEmail"] = managerEmail ?? "",
        ["Status"] = e.Status.ToString(), ["Version"] = e.Version.ToString(),
    };

    [Fact]
    public async Task Should_forbid_employee_when_opening_another_employees_edit_page()
    {
        var other = await EmployeeAsync(DemoPeople.Manager);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var response = await client.GetAsync($"/employees/{other.Id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have access to this page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_forbid_employee_when_opening_the_employee_list()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/employees")).StatusCode);
    }

    [Fact]
    public async Task Should_hide_employment_details_when_a_peer_views_a_profile()
    {
        var hr = await EmployeeAsync(DemoPeople.Hr);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var page = await client.GetStringAsync($"/employees/{hr.Id}");
        Assert.Contains(hr.WorkEmail, page);
        Assert.DoesNotContain("id=\"employment\"", page);
        Assert.DoesNotContain(hr.Phone!, page);
    }

    [Fact]
    public async Task Should_show_employment_details_when_manager_views_someone_in_their_line()
    {
        var employee = await EmployeeAsync(DemoPeople.Employee);
        var client = await portal.SignedInClientAsync(DemoPeople.Manager);
        var page = await client.GetStringAsync($"/employees/{employee.Id}");
        Assert.Contains("id=\"employment\"", page);
        Assert.DoesNotContain($"/employees/{employee.Id}/edit", page);
    }

    [Fact]
    public async Task Should_refuse_manager_cycle_when_hr_makes_a_manager_report_to_their_own_report()
    {
        var manager = await EmployeeAsync(DemoPeople.Manager);
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var response = await client.PostFormAsync($"/employees/{manager.Id}/edit", $"/employees/{manager.Id}/edit",
            EditFields(manager, DemoPeople.Employee));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("reporting loop", await response.Content.ReadAsStringAsync());
        Assert.Equal(manager.ManagerId, (await EmployeeAsync(DemoPeople.Manager)).ManagerId);
    }

    [Fact]
    public async Task Should_list_and_search_employees_when_hr_filters_by_name()
    {
        var employee = await EmployeeAsync(DemoPeople.Employee);
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var all = await client.GetStringAsync("/employees");
        Assert.Matches("Showing 1–25 of 15[0-9]", all);
        var found = await client.GetStringAsync($"/employees?search={Uri.EscapeDataString(employee.LegalLastName)}");
        Assert.Contains(DemoPeople.Employee, found);
        Assert.Matches("Showing 1–[0-9] of [0-9]<", found);
    }

    [Fact]
    public async Task Should_create_employee_with_account_and_invitation_when_hr_submits_valid_form()
    {
        var manager = await EmployeeAsync(DemoPeople.Manager);
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = EditFields(manager, DemoPeople.Manager);
        fields["LegalFirstName"] = "Ada"; fields["LegalLastName"] = "Lovelace"; fields["PreferredName"] = "";
        fields["WorkEmail"] = "ada.lovelace@erm.demo"; fields.Remove("Status"); fields.Remove("Version");

        var response = await client.PostFormAsync("/employees/new", "/employees/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ada = await EmployeeAsync("ada.lovelace@erm.demo");
        Assert.Equal(EmployeeStatus.Onboarding, ada.Status);
        Assert.Equal(manager.Id, ada.ManagerId);
        Assert.NotNull(ada.UserId);
        Assert.True(await portal.QueryDbAsync(db => db.OutboxEmails.AnyAsync(m => m.To == "ada.lovelace@erm.demo" && m.Subject.Contains("Welcome"))));
        Assert.EndsWith($"/employees/{ada.Id}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Should_show_errors_next_to_fields_and_keep_input_when_create_form_is_invalid()
    {
        var hr = await EmployeeAsync(DemoPeople.Hr);
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = EditFields(hr, null);
        fields["LegalFirstName"] = "Grace <script>alert(1)</script>";
        fields["HireDate"] = "1900-01-01";
        fields.Remove("Status"); fields.Remove("Version");

        var response = await client.PostFormAsync("/employees/new", "/employees/new", fields);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Another employee already has this work email.", page);
        Assert.Contains("The hire date cannot be before 1950.", page);
        Assert.Contains("Grace &lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.False(await portal.QueryDbAsync(db => db.Employees.AnyAsync(e => e.LegalFirstName.StartsWith("Grace"))));
    }

    [Fact]
    public async Task Should_show_conflict_and_keep_current_values_when_form_was_opened_before_another_save()
    {
        var employee = await EmployeeAsync(DemoPeople.Employee);
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var first = EditFields(employee, DemoPeople.Manager);
        first["Phone"] = "+39 02 0000 0001";
        var staleSecond = EditFields(employee, DemoPeople.Manager);
        staleSecond["Phone"] = "+39 02 0000 0002";
        var managerOfEmployee = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == employee.ManagerId).Select(e => e.WorkEmail).SingleAsync());
        first["ManagerEmail"] = staleSecond["ManagerEmail"] = managerOfEmployee;

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/employees/{employee.Id}/edit", $"/employees/{employee.Id}/edit", first)).StatusCode);
        var conflict = await client.PostFormAsync($"/employees/{employee.Id}/edit", $"/employees/{employee.Id}/edit", staleSecond);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved changes to this employee", page);
        Assert.Contains("Changed meanwhile to: +39 02 0000 0001", page);
        Assert.Contains("value=\"+39 02 0000 0002\"", page); // what this person typed is kept
        Assert.Equal("+39 02 0000 0001", (await EmployeeAsync(DemoPeople.Employee)).Phone);

        // Having seen the other change, saving again is a deliberate overwrite.
        var current = (await EmployeeAsync(DemoPeople.Employee)).Version.ToString();
        Assert.Contains($"value=\"{current}\"", page);
        staleSecond["Version"] = current;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/employees/{employee.Id}/edit", $"/employees/{employee.Id}/edit", staleSecond)).StatusCode);
        Assert.Equal("+39 02 0000 0002", (await EmployeeAsync(DemoPeople.Employee)).Phone);
    }

    [Fact]
    public async Task Should_keep_the_end_of_probation_when_hr_sets_it_after_the_hire_date()
    {
        var employee = await EmployeeAsync(DemoPeople.Employee);
        var managerEmail = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == employee.ManagerId).Select(e => e.WorkEmail).SingleAsync());
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        var edit = $"/employees/{employee.Id}/edit";

        var tooEarly = EditFields(employee, managerEmail);
        tooEarly["ProbationEndDate"] = employee.HireDate.AddDays(-1).ToString("yyyy-MM-dd");
        var refused = await client.PostFormAsync(edit, edit, tooEarly);
        Assert.Contains("The end of probation comes after the hire date.", await refused.Content.ReadAsStringAsync());

        var fields = EditFields(employee, managerEmail);
        fields["ProbationEndDate"] = employee.HireDate.AddMonths(6).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(edit, edit, fields)).StatusCode);
        Assert.Equal(employee.HireDate.AddMonths(6), (await EmployeeAsync(DemoPeople.Employee)).ProbationEndDate);
    }
}
