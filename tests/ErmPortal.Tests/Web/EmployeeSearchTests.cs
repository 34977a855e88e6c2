using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Finding people through the full-text index, in the directory and in HR's employee list: word starts, any case or
/// accent, every script the portal speaks, whatever was typed, and still right after any write that changes what is searched.
/// </summary>
public class EmployeeSearchTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static readonly Regex PersonCard = new("id=\"person-(\\d+)\"", RegexOptions.Compiled);

    private static List<int> PeopleOn(string page) =>
        PersonCard.Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    private static async Task<List<int>> FoundAsync(HttpClient client, string search) =>
        PeopleOn(await client.GetStringAsync($"/directory?pageSize=100&search={Uri.EscapeDataString(search)}"));

    /// <summary>Hires someone straight into the database, beside the demo manager unless a department is given.</summary>
    private Task<int> HireAsync(string first, string last, string? email = null, int? departmentId = null, params string[] skills) =>
        portal.QueryDbAsync(async db =>
        {
            var manager = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Manager);
            var person = Employee.Hire(first, last, email ?? $"{Guid.NewGuid():N}@erm.demo", new DateOnly(2024, 3, 1),
                departmentId ?? manager.DepartmentId, manager.PositionId, manager.LocationId, manager.Id, EmploymentType.FullTime);
            person.Tags.AddRange(skills.Select(s => new EmployeeTag { Kind = TagKind.Skill, Name = s }));
            db.Employees.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    [Fact]
    public async Task Should_find_someone_by_the_start_of_any_word_of_their_names_or_skills_when_searching()
    {
        var id = await HireAsync("Perpetua", "Quillfeather", skills: "Origami");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        foreach (var search in new[] { "Quill", "perp", "ORIG", "perp quill", "Quillfeather Origami" })
            Assert.Contains(id, await FoundAsync(client, search));
        Assert.DoesNotContain(id, await FoundAsync(client, "quill sql"));
    }

    [Fact]
    public async Task Should_find_someone_whatever_the_accents_and_case_when_searching()
    {
        var id = await HireAsync("José", "Müller-Lüdenscheidt");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        foreach (var search in new[] { "jose", "JOSÉ", "josé muller", "MÜLL", "ludensch" })
            Assert.Contains(id, await FoundAsync(client, search));
    }

    [Fact]
    public async Task Should_find_someone_by_a_persian_name_or_skill_when_searching()
    {
        var id = await HireAsync("هیوا", "رضایی", skills: "حسابداری");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        foreach (var search in new[] { "رضا", "هیوا رضایی", "حساب" })
            Assert.Contains(id, await FoundAsync(client, search));
    }

    [Fact]
    public async Task Should_find_a_persian_name_whether_it_was_written_with_arabic_or_persian_yeh_and_kaf()
    {
        var arabicLetters = await HireAsync("كيوان", "شكيبا", skills: "بازاريابي");
        var persianLetters = await HireAsync("کیانا", "یکتا");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        foreach (var search in new[] { "کیوان", "شکیبا", "بازاریابی", "كيوان شكيبا" })
            Assert.Contains(arabicLetters, await FoundAsync(client, search));
        foreach (var search in new[] { "كيانا", "يكتا", "کیانا" })
            Assert.Contains(persianLetters, await FoundAsync(client, search));
    }

    [Fact]
    public async Task Should_find_someone_by_a_chinese_family_name_given_name_or_whole_name_when_searching()
    {
        var id = await HireAsync("小明", "王");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        // Written family name first, without a space, as Chinese names are.
        foreach (var search in new[] { "王", "小明", "王小明", "王小" })
            Assert.Contains(id, await FoundAsync(client, search));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData(":")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("AND ( )")]
    [InlineData("NEAR(a b)")]
    [InlineData("Names:x")]
    [InlineData("{Names Email} : x")]
    [InlineData("^abc")]
    [InlineData("\"unclosed")]
    [InlineData("' OR 1=1 --")]
    [InlineData("a*b\"c")]
    public async Task Should_answer_with_a_page_when_the_search_holds_full_text_syntax(string search)
    {
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var directory = await employee.GetAsync($"/directory?search={Uri.EscapeDataString(search)}");
        var list = await hr.GetAsync($"/employees?search={Uri.EscapeDataString(search)}");

        Assert.Equal(HttpStatusCode.OK, directory.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task Should_read_what_was_typed_as_words_when_the_search_holds_quotes_or_operators()
    {
        var id = await HireAsync("Octavia", "Brightwater");
        var other = await HireAsync("Octavia", "Dunmore");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        Assert.Equal([id], await FoundAsync(client, "\"Brightwater\""));
        Assert.Equal([id], await FoundAsync(client, "Brightwater\""));
        // Not "Brightwater or Dunmore": every word must match, so nobody is both.
        Assert.Empty(await FoundAsync(client, "Brightwater OR Dunmore"));
        Assert.Contains(other, await FoundAsync(client, "Octavia Dunmore"));
    }

    [Fact]
    public async Task Should_find_people_by_the_new_name_when_their_department_is_renamed()
    {
        var departmentId = await portal.QueryDbAsync(async db =>
        {
            var department = new Department { Name = "Xylography" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            return department.Id;
        });
        var id = await HireAsync("Barnaby", "Inkwell", departmentId: departmentId);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal([id], await FoundAsync(client, "xylog"));

        await portal.QueryDbAsync(async db =>
        {
            (await db.Departments.SingleAsync(d => d.Id == departmentId)).Name = "Zincography";
            return await db.SaveChangesAsync();
        });

        Assert.Equal([id], await FoundAsync(client, "zincog"));
        Assert.Empty(await FoundAsync(client, "xylog"));
    }

    [Fact]
    public async Task Should_find_someone_by_a_skill_only_while_they_have_it()
    {
        var id = await HireAsync("Rowena", "Falconer");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Empty(await FoundAsync(client, "hawking"));

        await portal.QueryDbAsync(async db =>
        {
            db.EmployeeTags.Add(new EmployeeTag { EmployeeId = id, Kind = TagKind.Skill, Name = "Hawking" });
            return await db.SaveChangesAsync();
        });
        Assert.Equal([id], await FoundAsync(client, "hawking"));

        await portal.QueryDbAsync(async db =>
        {
            db.EmployeeTags.Remove(await db.EmployeeTags.SingleAsync(t => t.EmployeeId == id && t.Name == "Hawking"));
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await FoundAsync(client, "hawking"));
    }

    [Fact]
    public async Task Should_find_someone_by_their_new_last_name_and_not_the_old_one_when_it_changes()
    {
        var id = await HireAsync("Imogen", "Thistlewood");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        await portal.QueryDbAsync(async db =>
        {
            (await db.Employees.SingleAsync(e => e.Id == id)).LegalLastName = "Marchbank";
            return await db.SaveChangesAsync();
        });

        Assert.Equal([id], await FoundAsync(client, "Marchbank"));
        Assert.Empty(await FoundAsync(client, "Thistlewood"));
    }

    [Fact]
    public async Task Should_find_an_employee_by_work_email_but_not_by_skill_when_hr_searches_the_list()
    {
        await HireAsync("Cassius", "Wren", "cassius.wren@erm.demo", skills: "Taxidermy");
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        Assert.Contains("cassius.wren@erm.demo", await client.GetStringAsync("/employees?search=cassius.wren"));
        Assert.Contains("No employees match these filters.", await client.GetStringAsync("/employees?search=taxiderm"));
    }

    [Fact]
    public async Task Should_run_as_many_queries_for_twenty_matches_as_for_two_when_searching_the_directory()
    {
        var location = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Location.Name).SingleAsync());
        var search = Uri.EscapeDataString(location);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        await client.GetStringAsync($"/directory?search={search}");

        portal.Commands.Reset();
        var two = PeopleOn(await client.GetStringAsync($"/directory?search={search}&pageSize=2"));
        var forTwo = portal.Commands.Count;
        portal.Commands.Reset();
        var twenty = PeopleOn(await client.GetStringAsync($"/directory?search={search}&pageSize=20"));
        var forTwenty = portal.Commands.Count;

        Assert.Equal(2, two.Count);
        Assert.Equal(20, twenty.Count);
        Assert.Equal(forTwo, forTwenty);
    }
}
