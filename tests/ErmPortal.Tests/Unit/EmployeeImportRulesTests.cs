using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Tests.Unit;

/// <summary>The rules every row of an import meets, on a small known organisation: no database, one call per file.</summary>
public class EmployeeImportRulesTests
{
    private sealed class FixedClock : IClock
    {
        public DateTime UtcNow => new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    }

    private const int ManagerId = 7;
    private const string Existing = "existing@erm.test";

    private static readonly KnownOrganisation Organisation = new(
        new[] { ("Engineering", 1), ("Sales", 2), ("Twin", 3), ("Twin", 4) }.ToLookup(d => d.Item1, d => d.Item2, StringComparer.OrdinalIgnoreCase),
        new[] { ("Software Engineer", 10), ("Account Executive", 11) }.ToLookup(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase),
        new[] { ("Milan HQ", 20) }.ToLookup(l => l.Item1, l => l.Item2, StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { [DemoPeople.Manager] = ManagerId, [Existing] = 8 },
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { DemoPeople.Manager, Existing, "auditor@external.test" },
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+",
        new Dictionary<int, string?> { [1] = "Engineering", [2] = "Sales", [3] = null, [4] = null },
        new Dictionary<int, string?> { [10] = "Engineering", [11] = "Sales" });

    private static IReadOnlyList<CheckedRow> Check(params string[] rows)
    {
        var csv = EmployeeCsv.Read(EmployeeCsvFiles.Utf8([EmployeeCsvFiles.Header, .. rows]));
        Assert.Empty(csv.Problems);
        return EmployeeImportRules.Check(csv.Rows, Organisation, new FixedClock());
    }

    private static void AssertProblem(CheckedRow row, string column, string messageStart) =>
        Assert.Contains(row.Problems, p => p.Column == column && p.Message.StartsWith(messageStart, StringComparison.Ordinal));

    [Fact]
    public void Should_resolve_every_name_when_the_row_is_valid()
    {
        var row = Assert.Single(Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "ada@erm.test", department: "engineering", hireDate: "2026-03-01", type: "parttime")));

        Assert.Empty(row.Problems);
        Assert.Equal((1, 10, 20, ManagerId), (row.Employee!.DepartmentId, row.Employee.PositionId, row.Employee.LocationId, row.ManagerId!.Value));
        Assert.Equal(new DateOnly(2026, 3, 1), row.Employee.HireDate);
        Assert.Equal(Data.Organisation.EmploymentType.PartTime, row.Employee.EmploymentType);
        Assert.Equal("+39 02 1234 5678", row.Employee.Phone);
    }

    [Fact]
    public void Should_flag_both_rows_when_two_rows_share_a_work_email_whatever_its_case()
    {
        var rows = Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "ada@erm.test"), EmployeeCsvFiles.Row("Ada", "King", "ADA@erm.test"));
        Assert.All(rows, r => AssertProblem(r, EmployeeCsv.WorkEmail, "Another row of this file has the same work email."));
    }

    [Fact]
    public void Should_refuse_work_emails_when_an_employee_or_an_account_already_has_them()
    {
        var rows = Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "EXISTING@erm.test"), EmployeeCsvFiles.Row("Ann", "Auditor", "auditor@external.test"),
            EmployeeCsvFiles.Row("Zoë", "Ünal", "zoë@erm.test"));

        AssertProblem(rows[0], EmployeeCsv.WorkEmail, "Another employee already has this work email.");
        AssertProblem(rows[1], EmployeeCsv.WorkEmail, "An account with this email already exists.");
        AssertProblem(rows[2], EmployeeCsv.WorkEmail, "This email has characters that cannot be used to sign in");
    }

    [Fact]
    public void Should_say_which_name_is_unknown_or_ambiguous_when_department_position_or_location_do_not_match()
    {
        var rows = Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "ada@erm.test", department: "Research", position: "Wizard", location: "Atlantis"),
            EmployeeCsvFiles.Row("Ann", "Twin", "ann@erm.test", department: "Twin", location: ""));

        AssertProblem(rows[0], EmployeeCsv.Department, "No department has this name.");
        AssertProblem(rows[0], EmployeeCsv.Position, "No position has this title.");
        AssertProblem(rows[0], EmployeeCsv.Location, "No location has this name.");
        AssertProblem(rows[1], EmployeeCsv.Department, "More than one department has this name");
        AssertProblem(rows[1], EmployeeCsv.Location, "Enter a location.");
    }

    [Fact]
    public void Should_refuse_a_position_of_another_department_as_the_create_form_does()
    {
        var rows = Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "ada@erm.test", department: "Sales", position: "Software Engineer"),
            EmployeeCsvFiles.Row("Bo", "Seller", "bo@erm.test", department: "Sales", position: "Account Executive"));

        AssertProblem(rows[0], EmployeeCsv.Position, JobFamilies.OtherDepartment);
        Assert.DoesNotContain(rows[1].Problems, p => p.Column == EmployeeCsv.Position);
    }

    [Theory]
    [InlineData("23/11/2026", "Write the hire date as yyyy-MM-dd")]
    [InlineData("2026-13-01", "Write the hire date as yyyy-MM-dd")]
    [InlineData("", "Write the hire date as yyyy-MM-dd")]
    [InlineData("1949-12-31", "The hire date cannot be before 1950.")]
    [InlineData("2028-01-01", "The hire date cannot be more than a year ahead.")]
    public void Should_explain_the_hire_date_when_it_is_not_yyyy_mm_dd_or_out_of_range(string hireDate, string message)
    {
        var row = Assert.Single(Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "ada@erm.test", hireDate: hireDate)));
        Assert.Equal(message, Assert.Single(row.Problems).Message[..message.Length]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("FullTime, Intern")]
    [InlineData("Full time")]
    public void Should_refuse_the_employment_type_when_it_is_not_one_of_the_names(string type)
    {
        var row = Assert.Single(Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "ada@erm.test", type: type.Contains(',') ? $"\"{type}\"" : type)));
        AssertProblem(row, EmployeeCsv.EmploymentType, "Write the employment type as one of {0}.");
        Assert.Contains(row.Problems, p => p.Argument == "FullTime, PartTime, Contractor, Temporary, Intern");
    }

    [Fact]
    public void Should_refuse_cells_that_start_like_formulas_but_accept_an_international_phone_number()
    {
        var row = Assert.Single(Check(EmployeeCsvFiles.Row("=HYPERLINK(\"\"http://evil.test\"\")", "-2+3+cmd", "ada@erm.test", preferred: "@SUM(A1)")
            .Replace("=HYPERLINK(\"\"http://evil.test\"\")", "\"=HYPERLINK(\"\"http://evil.test\"\")\"")));

        AssertProblem(row, EmployeeCsv.LegalFirstName, EmployeeImportRules.FormulaCell);
        AssertProblem(row, EmployeeCsv.LegalLastName, EmployeeImportRules.FormulaCell);
        AssertProblem(row, EmployeeCsv.PreferredName, EmployeeImportRules.FormulaCell);
        Assert.DoesNotContain(row.Problems, p => p.Column == EmployeeCsv.Phone);
    }

    [Fact]
    public void Should_take_the_manager_from_another_row_and_hire_managers_first_when_the_file_has_several_levels()
    {
        var rows = Check(
            EmployeeCsvFiles.Row("Cy", "Third", "cy@erm.test", manager: "bo@erm.test"),
            EmployeeCsvFiles.Row("Bo", "Second", "bo@erm.test", manager: "al@erm.test"),
            EmployeeCsvFiles.Row("Al", "First", "al@erm.test", manager: DemoPeople.Manager),
            EmployeeCsvFiles.Row("Di", "Top", "di@erm.test", manager: ""));

        Assert.All(rows, r => Assert.Empty(r.Problems));
        Assert.Equal([(3, 2), (4, 1), (null, 0), (null, 0)], rows.Select(r => (r.ManagerRow, r.Level)));
        Assert.Equal(ManagerId, rows[2].ManagerId);
        Assert.Null(rows[3].ManagerId);
    }

    [Fact]
    public void Should_report_a_reporting_loop_when_managers_in_the_file_lead_back_to_the_same_person()
    {
        var rows = Check(
            EmployeeCsvFiles.Row("Al", "First", "al@erm.test", manager: "cy@erm.test"),
            EmployeeCsvFiles.Row("Bo", "Second", "bo@erm.test", manager: "al@erm.test"),
            EmployeeCsvFiles.Row("Cy", "Third", "cy@erm.test", manager: "bo@erm.test"),
            EmployeeCsvFiles.Row("Di", "Below", "di@erm.test", manager: "cy@erm.test"),
            EmployeeCsvFiles.Row("Ed", "Self", "ed@erm.test", manager: "ED@erm.test"));

        Assert.All(rows.Take(3), r => AssertProblem(r, EmployeeCsv.ManagerEmail, "The managers in this file form a loop"));
        Assert.Empty(rows[3].Problems);
        AssertProblem(rows[4], EmployeeCsv.ManagerEmail, "A person cannot be their own manager.");
    }

    [Fact]
    public void Should_report_the_manager_when_nobody_in_the_portal_or_the_file_has_that_email()
    {
        var row = Assert.Single(Check(EmployeeCsvFiles.Row("Ada", "Lovelace", "ada@erm.test", manager: "nobody@erm.test")));
        AssertProblem(row, EmployeeCsv.ManagerEmail, "No employee has this work email, in the portal or in this file.");
    }

    [Fact]
    public void Should_report_the_create_forms_field_rules_when_names_are_missing_or_the_phone_is_not_a_number()
    {
        var row = Assert.Single(Check(EmployeeCsvFiles.Row("", "", "not-an-email", phone: "call me")));

        Assert.Contains(row.Problems, p => p.Column == EmployeeCsv.LegalFirstName);
        Assert.Contains(row.Problems, p => p.Column == EmployeeCsv.LegalLastName);
        Assert.Contains(row.Problems, p => p.Column == EmployeeCsv.WorkEmail);
        AssertProblem(row, EmployeeCsv.Phone, "Enter a phone number of digits");
    }
}
