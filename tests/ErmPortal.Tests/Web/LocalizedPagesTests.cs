using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Pages and forms as Persian and Italian readers use them.</summary>
public class LocalizedPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly CultureInfo Persian = CultureInfo.GetCultureInfo("fa");

    private async Task<HttpClient> HrReadingAsync(string culture)
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        await client.PostFormAsync("/", "/culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        return client;
    }

    private Task<Employee> ManagerAsync() =>
        portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.WorkEmail == DemoPeople.Manager));

    /// <summary>The create form as a browser posts it, with a work email of its own.</summary>
    private async Task<Dictionary<string, string>> NewEmployeeAsync(string email)
    {
        var manager = await ManagerAsync();
        return new()
        {
            ["LegalFirstName"] = "Dara", ["LegalLastName"] = "Rahimi", ["PreferredName"] = "", ["WorkEmail"] = email, ["Phone"] = "",
            ["HireDate"] = "2025-03-01", ["EmploymentType"] = nameof(EmploymentType.FullTime),
            ["DepartmentId"] = manager.DepartmentId.ToString(CultureInfo.InvariantCulture),
            ["PositionId"] = manager.PositionId.ToString(CultureInfo.InvariantCulture),
            ["LocationId"] = manager.LocationId.ToString(CultureInfo.InvariantCulture), ["ManagerEmail"] = DemoPeople.Manager,
        };
    }

    private Task<Employee?> CreatedAsync(string email) =>
        portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.WorkEmail == email));

    private static string Persianised(string latin) => string.Concat(latin.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c));

    private static IEnumerable<string> LeftToRightIsolates(string page) =>
        Regex.Matches(page, "<bdi dir=\"ltr\">([^<]*)</bdi>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    private static string Text(string page) => WebUtility.HtmlDecode(page);

    [Fact]
    public async Task Should_isolate_phone_email_and_iban_left_to_right_when_a_persian_page_shows_them()
    {
        var person = await portal.QueryDbAsync(db => db.Employees.AsNoTracking()
            .Where(e => e.Phone != null && e.PersonalEmail != null && e.BankAccount != null).OrderBy(e => e.Id).FirstAsync());
        var client = await HrReadingAsync("fa");

        var page = await client.GetStringAsync($"/employees/{person.Id}");

        Assert.Contains("dir=\"rtl\"", page);
        var isolated = LeftToRightIsolates(page).ToList();
        Assert.Contains(person.Phone, isolated);
        Assert.Contains(person.WorkEmail, isolated);
        Assert.Contains(person.PersonalEmail, isolated);
        Assert.Contains(isolated, value => value.StartsWith("••••", StringComparison.Ordinal) && person.BankAccount!.EndsWith(value[4..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_mark_email_phone_and_date_fields_left_to_right_when_a_form_is_shown()
    {
        var page = await (await HrReadingAsync("fa")).GetStringAsync("/employees/new");
        foreach (var field in new[] { "WorkEmail", "Phone", "HireDate", "ManagerEmail" })
            Assert.Matches($"<input[^>]*name=\"{field}\"[^>]*dir=\"ltr\"|<input[^>]*dir=\"ltr\"[^>]*name=\"{field}\"", page);
    }

    [Fact]
    public async Task Should_bind_persian_and_arabic_digits_when_typed_into_number_and_date_fields()
    {
        var client = await HrReadingAsync("fa");
        var fields = await NewEmployeeAsync("dara.digits@erm.demo");
        fields["HireDate"] = Persianised("2025-03-01");
        fields["DepartmentId"] = Persianised(fields["DepartmentId"]);
        fields["PositionId"] = string.Concat(fields["PositionId"].Select(c => (char)('٠' + (c - '0')))); // Arabic-Indic

        var response = await client.PostFormAsync("/employees/new", "/employees/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await CreatedAsync("dara.digits@erm.demo");
        var manager = await ManagerAsync();
        Assert.Equal(new DateOnly(2025, 3, 1), created!.HireDate);
        Assert.Equal((manager.DepartmentId, manager.PositionId), (created.DepartmentId, created.PositionId));
    }

    [Fact]
    public async Task Should_read_a_date_field_in_the_gregorian_calendar_when_the_page_is_persian()
    {
        var client = await HrReadingAsync("fa");
        var response = await client.PostFormAsync("/employees/new", "/employees/new", await NewEmployeeAsync("dara.gregorian@erm.demo"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2025, 3, 1), (await CreatedAsync("dara.gregorian@erm.demo"))!.HireDate);
    }

    [Fact]
    public async Task Should_read_a_persian_calendar_date_when_one_is_typed_on_a_persian_page()
    {
        var client = await HrReadingAsync("fa");
        var fields = await NewEmployeeAsync("dara.persian@erm.demo");
        fields["HireDate"] = "۱۴۰۳/۰۵/۱۲";

        var response = await client.PostFormAsync("/employees/new", "/employees/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2024, 8, 2), (await CreatedAsync("dara.persian@erm.demo"))!.HireDate);
    }

    [Fact]
    public async Task Should_show_the_persian_date_under_a_date_field_when_the_page_is_persian()
    {
        var manager = await ManagerAsync();
        var page = await (await HrReadingAsync("fa")).GetStringAsync($"/employees/{manager.Id}/edit");

        var gregorian = manager.HireDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Matches($"<input[^>]*name=\"HireDate\"[^>]*value=\"{gregorian}\"|<input[^>]*value=\"{gregorian}\"[^>]*name=\"HireDate\"", page);
        var hint = Regex.Match(page, "<div class=\"form-text\" id=\"HireDate-calendar\" data-calendar-of=\"HireDate\">([^<]*)</div>");
        Assert.Equal(manager.HireDate.ToString("D", Persian), WebUtility.HtmlDecode(hint.Groups[1].Value));
        Assert.Single(Regex.Matches(page, "calendar-hint\\.js"));
    }

    [Fact]
    public async Task Should_show_no_calendar_hint_when_the_page_is_in_a_gregorian_language()
    {
        var manager = await ManagerAsync();
        var page = await (await HrReadingAsync("it")).GetStringAsync($"/employees/{manager.Id}/edit");
        Assert.DoesNotContain("data-calendar-of", page);
    }

    [Theory]
    [InlineData("en", "'31.02.2025' is not a valid value for Hire date.")]
    [InlineData("it", "«31.02.2025» non è un valore valido per Data di assunzione.")]
    public async Task Should_name_the_field_by_its_label_when_a_typed_value_cannot_be_read(string culture, string message)
    {
        var fields = await NewEmployeeAsync($"dara.unreadable.{culture}@erm.demo");
        fields["HireDate"] = "31.02.2025";

        var response = await (await HrReadingAsync(culture)).PostFormAsync("/employees/new", "/employees/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Text(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page);
        Assert.DoesNotContain("HireDate", Regex.Replace(page, "(name|id|for|aria-describedby|data-valmsg-for|data-calendar-of)=\"[^\"]*\"", ""));
    }

    [Theory]
    [InlineData("en", "Legal first name is required.", "Work email can be at most 256 characters long.")]
    [InlineData("it", "Nome anagrafico: campo obbligatorio.", "Email aziendale: al massimo 256 caratteri.")]
    public async Task Should_name_the_field_by_its_label_when_a_built_in_rule_fails(string culture, string required, string tooLong)
    {
        var fields = await NewEmployeeAsync("unused@erm.demo");
        fields["LegalFirstName"] = "";
        fields["WorkEmail"] = new string('a', 250) + "@erm.demo";

        var response = await (await HrReadingAsync(culture)).PostFormAsync("/employees/new", "/employees/new", fields);

        var page = Text(await response.Content.ReadAsStringAsync());
        Assert.Contains(required, page);
        Assert.Contains(tooLong, page);
    }
}
