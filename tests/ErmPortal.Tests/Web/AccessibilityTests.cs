using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The page shell and forms as a keyboard or screen-reader user meets them.</summary>
public class AccessibilityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Tag(string page, string element, string name) =>
        Regex.Match(page, $"<{element}\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>").Value;

    private static string Attribute(string tag, string attribute) =>
        WebUtility.HtmlDecode(Regex.Match(tag, $"\\b{attribute}=\"([^\"]*)\"").Groups[1].Value);

    private async Task<HttpClient> ReadingAsync(string email, string culture)
    {
        var client = await portal.SignedInClientAsync(email);
        await client.PostFormAsync("/", "/culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        return client;
    }

    [Fact]
    public async Task Should_show_markup_as_text_when_a_flash_message_carries_it()
    {
        const string payload = "<script>alert(1)</script>@erm.test";
        var userId = await portal.CreateAccountAsync("markup@erm.test", "a long enough passphrase", Roles.Employee);
        await portal.QueryDbAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, payload)));
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        var response = await admin.PostFormAsync("/admin/accounts", $"/admin/accounts/{userId}/manage", new() { ["operation"] = "Disable" });
        var page = await admin.GetStringAsync(response.Headers.Location!.ToString());

        Assert.Matches("role=\"status\">.*&lt;script&gt;alert\\(1\\)&lt;/script&gt;@erm.test is disabled", page);
        Assert.DoesNotContain("<script>alert(1)", page);
    }

    [Fact]
    public async Task Should_tie_each_error_to_its_field_when_a_form_comes_back_invalid()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync());
        var url = $"/employees/{id}/edit";
        var fields = await hr.FormFieldsAsync(url);
        fields["LegalFirstName"] = "";
        fields["WorkEmail"] = "not an address";

        var page = await (await hr.PostFormAsync(url, url, fields)).Content.ReadAsStringAsync();

        foreach (var field in new[] { "LegalFirstName", "WorkEmail" })
        {
            var input = Tag(page, "input", field);
            Assert.Equal("true", Attribute(input, "aria-invalid"));
            var message = Regex.Match(page, $"<span[^>]*id=\"{Attribute(input, "aria-describedby")}\"[^>]*>([^<]+)</span>");
            Assert.True(message.Success, $"{field} names its message");
            Assert.Contains("field-validation-error", message.Value);
        }
        Assert.DoesNotContain("aria-invalid", Tag(page, "input", "LegalLastName"));
    }

    [Fact]
    public async Task Should_keep_the_calendar_hint_and_add_the_error_when_a_persian_date_field_is_invalid()
    {
        var hr = await ReadingAsync(DemoPeople.Hr, "fa");
        var fields = new Dictionary<string, string> { ["HireDate"] = "31.02.2025" };

        var page = await (await hr.PostFormAsync("/employees/new", "/employees/new", fields)).Content.ReadAsStringAsync();

        var input = Tag(page, "input", "HireDate");
        Assert.Equal("HireDate-calendar HireDate-error", Attribute(input, "aria-describedby"));
        Assert.Contains("id=\"HireDate-error\"", page);
    }

    [Theory]
    [InlineData("fa", "ایمیل نشانی ایمیل معتبری نیست.")]
    [InlineData("en", "Email is not a valid email address.")]
    public async Task Should_name_the_field_in_the_readers_language_when_an_email_is_not_valid(string culture, string message)
    {
        var admin = await ReadingAsync(DemoPeople.Admin, culture);

        var response = await admin.PostFormAsync("/admin/accounts/invite", "/admin/accounts/invite", new() { ["Email"] = "no-at-sign", ["Roles"] = Roles.Employee });

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page);
        Assert.DoesNotContain("'Email'", page);
    }

    [Fact]
    public async Task Should_change_the_language_only_with_a_button_and_give_the_selector_the_focus_back()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var before = await client.GetStringAsync("/directory");
        Assert.DoesNotContain("data-auto-submit", before);
        Assert.Matches("<button type=\"submit\" class=\"[^\"]*\" id=\"change-language\">Change</button>", before);
        Assert.DoesNotMatch("<select id=\"culture\"[^>]*autofocus", before);

        var response = await client.PostFormAsync("/directory", "/culture", new() { ["culture"] = "it", ["returnUrl"] = "/directory" });
        var after = await client.GetStringAsync(response.Headers.Location!.ToString());

        Assert.Matches("<select id=\"culture\"[^>]*autofocus", after);
        Assert.DoesNotMatch("<select id=\"culture\"[^>]*autofocus", await client.GetStringAsync("/directory"));
    }

    [Fact]
    public async Task Should_open_the_user_menu_with_a_button_so_space_works_too()
    {
        var page = await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetStringAsync("/");
        Assert.Matches("<button type=\"button\" class=\"nav-link dropdown-toggle\"[^>]*id=\"user-menu\"", page);
        Assert.DoesNotContain("role=\"button\"", page);
    }
}
