using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Profiles;
using ErmPortal.Web.Shared;

namespace ErmPortal.Tests.Unit;

public class ProfileCompletenessTests
{
    private static readonly ProfileFacts Complete = new(true, true, 1, true, true, true, 3, true);

    [Fact]
    public void Should_score_full_marks_when_every_detail_is_there()
    {
        var result = ProfileCompleteness.Evaluate(Complete);
        Assert.Equal(100, result.Percent);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Should_name_exactly_what_is_missing_when_details_are_absent()
    {
        var result = ProfileCompleteness.Evaluate(Complete with { EmergencyContacts = 0, Skills = 2 });
        Assert.Equal(75, result.Percent);
        Assert.Equal(["Emergency contact", "Skills"], result.Missing.Select(m => m.Label));
    }

    [Fact]
    public void Should_score_zero_when_nothing_is_filled_in() =>
        Assert.Equal(0, ProfileCompleteness.Evaluate(new ProfileFacts(false, false, 0, false, false, false, 0, false)).Percent);
}

public class IbanTests
{
    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("IT60X0542811101000000123456")]
    [InlineData("de89 3704 0044 0532 0130 00")]
    public void Should_accept_a_real_iban_whatever_its_spacing_or_case(string iban) => Assert.True(Iban.IsValid(iban));

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 33")] // wrong check digits
    [InlineData("IT00 1234")]
    [InlineData("not an iban")]
    public void Should_refuse_a_wrong_iban(string iban) => Assert.False(Iban.IsValid(iban));

    [Fact]
    public void Should_compose_the_check_digits_a_bank_would_when_given_country_and_account() =>
        Assert.Equal("GB82WEST12345698765432", Iban.Compose("GB", "WEST12345698765432"));

    [Theory]
    [InlineData("000001")]
    [InlineData("734502")]
    [InlineData("999999")]
    public void Should_compose_ibans_that_pass_the_check_when_the_demo_data_makes_them(string digits) =>
        Assert.True(Iban.IsValid(Iban.Compose("IT", "X0542811101000000" + digits)));

    [Fact]
    public void Should_store_an_iban_without_spaces_in_capitals() => Assert.Equal("GB82WEST12345698765432", Iban.Normalise(" gb82 west 1234 5698 7654 32 "));
}

public class MaskingTests
{
    [Theory]
    [InlineData("GB82WEST12345698765432", "••••5432")]
    [InlineData("GB82 WEST 1234 5698 7654 32", "••••5432")]
    [InlineData("123", "•••")]
    [InlineData(null, null)]
    public void Should_show_only_the_last_four_characters(string? value, string? expected) => Assert.Equal(expected, Masking.Mask(value));
}

public class ChangeRequestSecretsTests
{
    private static ChangeRequest Requested() =>
        ChangeRequest.Submit(new Employee { LegalFirstName = "Ada", LegalLastName = "Rossi", WorkEmail = "ada@erm.test", BankAccount = "IT60X0542811101000000123456", NationalId = "RSSDAA80A01H501U" },
        [
            new ChangeRequestItem { Field = SensitiveField.BankAccount, OldValue = "IT60X0542811101000000123456", NewValue = "GB82WEST12345698765432" },
            new ChangeRequestItem { Field = SensitiveField.NationalId, OldValue = "RSSDAA80A01H501U", NewValue = "RSSDAA80A01H501X" },
            new ChangeRequestItem { Field = SensitiveField.HomeAddress, OldValue = "Via Roma 1", NewValue = "Via Po 2" },
        ], null, DateTime.UtcNow);

    public static TheoryData<string, Action<ChangeRequest>> Decisions => new()
    {
        { "approved", r => r.Approve("hr", null, DateTime.UtcNow) },
        { "rejected", r => r.Reject("hr", "Not yours", DateTime.UtcNow) },
        { "withdrawn", r => r.Withdraw(DateTime.UtcNow) },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Should_keep_the_bank_account_and_national_id_only_masked_when_a_request_is_decided(string outcome, Action<ChangeRequest> decide)
    {
        var request = Requested();
        decide(request);
        var values = request.Items.ToDictionary(i => i.Field, i => (i.OldValue, i.NewValue));
        Assert.True(values[SensitiveField.BankAccount] == ("••••3456", "••••5432"), outcome);
        Assert.True(values[SensitiveField.NationalId] == ("••••1U", "••••1X"), outcome);
        Assert.True(values[SensitiveField.HomeAddress] == ("Via Roma 1", "Via Po 2"), outcome);
    }

    [Fact]
    public void Should_apply_the_whole_new_values_when_hr_approves()
    {
        var request = Requested();
        request.Approve("hr", null, DateTime.UtcNow);
        Assert.Equal("GB82WEST12345698765432", request.Employee.BankAccount);
        Assert.Equal("RSSDAA80A01H501X", request.Employee.NationalId);
    }
}

public class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+39 02 1234", "'+39 02 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Rossi, Maria", "\"Rossi, Maria\"")]
    [InlineData("plain", "plain")]
    public void Should_neutralise_formulas_and_quote_when_writing_a_cell(string value, string expected) =>
        Assert.Equal(expected, CsvText.Cell(value));
}

public class TagsTests
{
    private static Employee Someone() => Employee.Hire("Ada", "Lovelace", "ada@erm.test", new DateOnly(2026, 1, 5), 1, 1, 1, null, EmploymentType.FullTime);

    [Fact]
    public void Should_read_a_comma_separated_list_without_blanks_or_duplicates() =>
        Assert.Equal(["SQL", "Coaching"], Tags.Parse(" SQL, , Coaching, sql "));

    [Fact]
    public void Should_report_no_change_when_the_same_skills_are_typed_in_another_order_or_case()
    {
        var employee = Someone();
        Tags.Replace(employee, TagKind.Skill, "SQL, Coaching");
        Assert.False(Tags.Replace(employee, TagKind.Skill, "coaching, sql"));
    }

    [Fact]
    public void Should_leave_interests_alone_when_skills_change()
    {
        var employee = Someone();
        Tags.Replace(employee, TagKind.Interest, "Running");
        Assert.True(Tags.Replace(employee, TagKind.Skill, "SQL"));
        Assert.Equal(["Running"], employee.Tags.Where(t => t.Kind == TagKind.Interest).Select(t => t.Name));
    }
}

public class ChangeRequestTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static (Employee, ChangeRequest) Pending()
    {
        var employee = Employee.Hire("Ada", "Lovelace", "ada@erm.test", new DateOnly(2026, 1, 5), 1, 1, 1, null, EmploymentType.FullTime);
        var request = ChangeRequest.Submit(employee, [new ChangeRequestItem { Field = SensitiveField.LegalLastName, OldValue = "Lovelace", NewValue = "King" }], null, Now);
        return (employee, request);
    }

    [Fact]
    public void Should_apply_the_new_values_only_when_approved()
    {
        var (employee, request) = Pending();
        Assert.Equal("Lovelace", employee.LegalLastName);
        request.Approve("hr-user", null, Now);
        Assert.Equal("King", employee.LegalLastName);
        Assert.Equal(ChangeRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Should_refuse_a_second_decision()
    {
        var (_, request) = Pending();
        request.Reject("hr-user", "Proof missing", Now);
        Assert.Throws<ErmPortal.Data.Shared.DomainRuleException>(() => request.Approve("hr-user", null, Now));
    }

    [Fact]
    public void Should_refuse_a_request_that_changes_nothing()
    {
        var employee = Employee.Hire("Ada", "Lovelace", "ada@erm.test", new DateOnly(2026, 1, 5), 1, 1, 1, null, EmploymentType.FullTime);
        Assert.Throws<ErmPortal.Data.Shared.DomainRuleException>(() => ChangeRequest.Submit(employee, [], null, Now));
    }
}
