using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class DirectoryPagesTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static readonly Regex PersonCard = new("id=\"person-(\\d+)\"", RegexOptions.Compiled);

    /// <summary>The people on a directory page, in the order shown.</summary>
    private static List<int> PeopleOn(string page) =>
        PersonCard.Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    private Task<Employee> EmployeeAsync(string email) =>
        portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.WorkEmail == email));

    /// <summary>Everyone the directory should know about, with what it searches.</summary>
    private Task<List<Employee>> CurrentPeopleAsync() =>
        portal.QueryDbAsync(db => db.Employees.AsNoTracking()
            .Include(e => e.Position).Include(e => e.Department).Include(e => e.Location).Include(e => e.Tags)
            .Where(e => e.Status != EmployeeStatus.Left).ToListAsync());

    /// <summary>Every person a search finds, page after page.</summary>
    private static async Task<List<int>> AllResultsAsync(HttpClient client, string query)
    {
        var ids = new List<int>();
        for (var page = 1; page <= 10; page++)
        {
            var found = PeopleOn(await client.GetStringAsync($"/directory?{query}&pageSize=100&page={page}"));
            ids.AddRange(found);
            if (found.Count < 100) break;
        }
        return ids;
    }

    private static string LinkToOrgChart(int id) => $"href=\"/directory/org/{id}\"";

    /// <summary>Hires someone straight into the database, as HR would, with the given names and skills.</summary>
    private Task<int> HireAsync(string first, string last, string? preferred, params string[] skills) =>
        portal.QueryDbAsync(async db =>
        {
            var manager = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Manager);
            var person = Employee.Hire(first, last, $"{Guid.NewGuid():N}@erm.demo", new DateOnly(2024, 3, 1),
                manager.DepartmentId, manager.PositionId, manager.LocationId, manager.Id, EmploymentType.FullTime);
            person.PreferredName = preferred;
            person.Tags.AddRange(skills.Select(s => new EmployeeTag { Kind = TagKind.Skill, Name = s }));
            db.Employees.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    [Fact]
    public async Task Should_offer_the_directory_in_the_menu_when_an_employee_is_signed_in()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Contains("href=\"/directory\"", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Should_find_a_colleague_when_searching_by_last_name()
    {
        var colleague = await EmployeeAsync(DemoPeople.Manager);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await client.GetStringAsync($"/directory?search={Uri.EscapeDataString(colleague.LegalLastName)}");

        Assert.Contains(colleague.Id, PeopleOn(page));
        Assert.Contains($"{colleague.PreferredName ?? colleague.LegalFirstName} {colleague.LegalLastName}", WebUtility.HtmlDecode(page));
        Assert.Contains(colleague.WorkEmail, page);
    }

    [Fact]
    public async Task Should_find_exactly_the_people_with_a_skill_when_searching_by_skill_name()
    {
        var expected = (await CurrentPeopleAsync())
            .Where(e => e.Tags.Any(t => t.Kind == TagKind.Skill && t.Name == "Kubernetes")).Select(e => e.Id).Order().ToList();
        Assert.NotEmpty(expected);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var found = await AllResultsAsync(client, "search=kubernetes");

        Assert.Equal(expected, found.Order());
    }

    [Fact]
    public async Task Should_find_everyone_in_a_department_when_searching_by_its_name()
    {
        var expected = (await CurrentPeopleAsync()).Where(e => e.Department.Name == "Marketing").Select(e => e.Id).Order().ToList();
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var found = await AllResultsAsync(client, "search=Marketing");

        Assert.Equal(expected, found.Order());
    }

    [Fact]
    public async Task Should_show_only_matching_people_when_filtering_by_department_location_and_skill()
    {
        var me = (await CurrentPeopleAsync()).Single(e => e.WorkEmail == DemoPeople.Employee);
        var skill = me.Tags.First(t => t.Kind == TagKind.Skill).Name;
        var expected = (await CurrentPeopleAsync())
            .Where(e => e.DepartmentId == me.DepartmentId && e.LocationId == me.LocationId && e.Tags.Any(t => t.Kind == TagKind.Skill && t.Name == skill))
            .Select(e => e.Id).Order().ToList();
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var found = await AllResultsAsync(client, $"departmentId={me.DepartmentId}&locationId={me.LocationId}&skill={Uri.EscapeDataString(skill)}");

        Assert.Contains(me.Id, found);
        Assert.Equal(expected, found.Order());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("title")]
    [InlineData("department")]
    [InlineData("location")]
    public async Task Should_list_people_in_the_chosen_order_when_sorting(string sort)
    {
        var people = (await CurrentPeopleAsync()).ToDictionary(e => e.Id);
        Func<Employee, string> key = sort switch
        {
            "title" => e => e.Position.Title,
            "department" => e => e.Department.Name,
            "location" => e => e.Location.Name,
            _ => e => e.LegalLastName,
        };
        var comparer = sort == "name" ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var shown = PeopleOn(await client.GetStringAsync($"/directory?sort={sort}&pageSize=100")).Select(id => key(people[id])).ToList();

        Assert.Equal(100, shown.Count);
        Assert.Equal(shown.Order(comparer), shown);
        Assert.True(shown.Distinct().Count() > 1, "the first page holds more than one value to sort");
    }

    [Fact]
    public async Task Should_show_the_next_people_when_opening_the_second_page()
    {
        var total = (await CurrentPeopleAsync()).Count;
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var first = await client.GetStringAsync("/directory");
        var second = await client.GetStringAsync("/directory?page=2");

        Assert.Contains($"Showing 1–24 of {total}<", first);
        Assert.Contains($"Showing 25–48 of {total}<", second);
        Assert.Equal(24, PeopleOn(first).Count);
        Assert.Empty(PeopleOn(first).Intersect(PeopleOn(second)));
        Assert.Contains("rel=\"next\"", first);
    }

    [Fact]
    public async Task Should_never_show_personal_details_or_status_when_listing_everyone()
    {
        var people = await portal.QueryDbAsync(db => db.Employees.AsNoTracking().Include(e => e.EmergencyContacts).ToListAsync());
        Assert.Contains(people, e => e.PersonalEmail is not null && e.HomeAddress is not null && e.BankAccount is not null);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var html = await client.GetStringAsync("/directory?pageSize=100") + await client.GetStringAsync("/directory?pageSize=100&page=2");
        var shown = WebUtility.HtmlDecode(html);

        // The directory lists everyone who has not left.
        Assert.Equal(people.Count(e => e.Status != EmployeeStatus.Left), PeopleOn(html).Distinct().Count());
        var secrets = people.SelectMany(e => new[]
            {
                e.PersonalEmail, e.PersonalPhone, e.HomeAddress, e.BankAccount, e.NationalId, e.CareerAspirations,
                e.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DateOfBirth?.ToString("D", CultureInfo.GetCultureInfo("en")),
            }.Concat(e.EmergencyContacts.Select(c => c.Phone)))
            .OfType<string>().Where(s => s.Length > 0).ToList();
        Assert.DoesNotContain(secrets, shown.Contains);
        Assert.DoesNotContain("On leave", shown);
        Assert.DoesNotContain("Leaving", shown);
        // Being new is the one status colleagues see, so they can say hello: a badge on each new joiner, on nobody else.
        Assert.Equal(people.Count(e => e.Status == EmployeeStatus.Onboarding), Regex.Matches(html, "data-new-joiner").Count);
    }

    [Fact]
    public async Task Should_no_longer_list_someone_when_they_have_left()
    {
        var id = await HireAsync("Perpetua", "Quillfeather", null, "Origami");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var manager = await EmployeeAsync(DemoPeople.Manager);
        Assert.Contains(id, PeopleOn(await client.GetStringAsync("/directory?search=Quillfeather")));

        await portal.QueryDbAsync(async db =>
        {
            var person = await db.Employees.SingleAsync(e => e.Id == id);
            person.Terminate(new DateOnly(2025, 1, 31), "Moved abroad", voluntary: true, today: new DateOnly(2025, 2, 1));
            return await db.SaveChangesAsync();
        });

        var search = await client.GetStringAsync("/directory?search=Quillfeather");
        Assert.Empty(PeopleOn(search));
        Assert.Contains("Nobody matches this search.", search);
        Assert.Empty(PeopleOn(await client.GetStringAsync("/directory?skill=Origami")));
        Assert.DoesNotContain("Quillfeather", await client.GetStringAsync($"/directory/org/{manager.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/directory/org/{id}")).StatusCode);
    }

    [Fact]
    public async Task Should_show_markup_as_text_when_a_preferred_name_or_skill_holds_a_script()
    {
        var id = await HireAsync("Mallory", "Scriptwright", "<script>alert('name')</script>", "<img src=x onerror=alert(1)>");
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var search = await client.GetStringAsync("/directory?search=Scriptwright");
        var chart = await client.GetStringAsync($"/directory/org/{id}");

        Assert.Contains(id, PeopleOn(search));
        foreach (var page in new[] { search, chart })
        {
            Assert.DoesNotContain("<script>alert", page);
            Assert.Contains("&lt;script&gt;alert(", page);
        }
        Assert.DoesNotContain("<img src=x", search);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", search);
    }

    [Fact]
    public async Task Should_treat_wildcards_as_plain_text_when_searching()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Empty(PeopleOn(await client.GetStringAsync("/directory?search=%25")));
        Assert.Empty(PeopleOn(await client.GetStringAsync("/directory?search=_")));
    }

    [Fact]
    public async Task Should_say_what_to_do_when_nobody_matches_the_search()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await client.GetStringAsync("/directory?search=zzqxjv");

        Assert.Contains("Nobody matches this search.", page);
        Assert.Contains("Check the spelling", page);
        Assert.Contains("Clear the filters", page);
    }

    [Fact]
    public async Task Should_show_the_line_of_managers_down_to_the_person_when_opening_their_org_chart()
    {
        var person = await EmployeeAsync(DemoPeople.Employee);
        var chain = await portal.QueryDbAsync(async db =>
        {
            var ids = new List<int>();
            for (var id = person.ManagerId; id is not null; id = await db.Employees.Where(e => e.Id == id).Select(e => e.ManagerId).SingleAsync())
                ids.Insert(0, id.Value);
            return ids;
        });
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await client.GetStringAsync($"/directory/org/{person.Id}");

        Assert.True(chain.Count >= 2, "the demo employee sits at least two levels down");
        var positions = chain.Select(id => page.IndexOf(LinkToOrgChart(id), StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        var highlighted = page.IndexOf($"aria-current=\"true\" aria-labelledby=\"person-name\" id=\"person-{person.Id}\"", StringComparison.Ordinal);
        Assert.True(highlighted > positions[^1], "the person is highlighted below their managers");
        Assert.Contains($"{person.PreferredName ?? person.LegalFirstName} {person.LegalLastName}", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task Should_show_direct_reports_and_expandable_next_level_when_opening_a_managers_org_chart()
    {
        var manager = await EmployeeAsync(DemoPeople.Manager);
        var reports = await portal.QueryDbAsync(db => db.Employees.Where(e => e.ManagerId == manager.Id && e.Status != EmployeeStatus.Left)
            .Select(e => new { e.Id, Reports = e.DirectReports.Where(r => r.Status != EmployeeStatus.Left).Select(r => r.Id).ToList() })
            .ToListAsync());
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await client.GetStringAsync($"/directory/org/{manager.Id}");

        Assert.All(reports, r => Assert.Contains(LinkToOrgChart(r.Id), page));
        var branch = reports.First(r => r.Reports.Count > 0);
        // The branch's own reports sit in the <details> that follows its name.
        var name = page.IndexOf(LinkToOrgChart(branch.Id), StringComparison.Ordinal);
        var opens = page.IndexOf("<details", name, StringComparison.Ordinal);
        var details = page[opens..page.IndexOf("</details>", opens, StringComparison.Ordinal)];
        Assert.All(branch.Reports, id => Assert.Contains(LinkToOrgChart(id), details));
        Assert.Contains(branch.Reports.Count == 1 ? "1 direct report<" : $"{branch.Reports.Count} direct reports<", details);
    }

    [Fact]
    public async Task Should_show_the_top_person_and_every_head_when_opening_the_top_of_the_organisation()
    {
        var top = await portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.ManagerId == null));
        var heads = await portal.QueryDbAsync(db => db.Employees.Where(e => e.ManagerId == top.Id).Select(e => e.Id).ToListAsync());
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await client.GetStringAsync($"/directory/org/{top.Id}");

        Assert.Contains("Top of the organisation", page);
        Assert.DoesNotContain("class=\"org-chain\"", page);
        Assert.Contains($"id=\"person-{top.Id}\"", page);
        Assert.NotEmpty(heads);
        Assert.All(heads, id => Assert.Contains(LinkToOrgChart(id), page));
    }

    [Fact]
    public async Task Should_centre_on_the_viewer_when_opening_the_org_chart_without_a_person()
    {
        var me = await EmployeeAsync(DemoPeople.Employee);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await client.GetStringAsync("/directory/org");

        Assert.Contains($"aria-current=\"true\" aria-labelledby=\"person-name\" id=\"person-{me.Id}\"", page);
        Assert.Contains($"<title>Org chart: {me.PreferredName ?? me.LegalFirstName} {me.LegalLastName} · ErmPortal</title>", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task Should_centre_on_the_top_of_the_organisation_when_the_viewer_has_no_employee_record()
    {
        var top = await portal.QueryDbAsync(db => db.Employees.AsNoTracking().SingleAsync(e => e.ManagerId == null));
        await portal.CreateAccountAsync("auditor@erm.test", OrganisationSeeder.DemoPassword);
        var client = await portal.SignedInClientAsync("auditor@erm.test");

        var page = await client.GetStringAsync("/directory/org");

        Assert.Contains($"aria-current=\"true\" aria-labelledby=\"person-name\" id=\"person-{top.Id}\"", page);
        Assert.Contains("Top of the organisation", page);
    }

    [Fact]
    public async Task Should_answer_not_found_when_the_org_chart_person_is_unknown()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var response = await client.GetAsync("/directory/org/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_run_as_many_queries_for_a_hundred_people_as_for_ten_when_listing_the_directory()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        await client.GetStringAsync("/directory");

        portal.Commands.Reset();
        var ten = PeopleOn(await client.GetStringAsync("/directory?pageSize=10"));
        var forTen = portal.Commands.Count;
        portal.Commands.Reset();
        var hundred = PeopleOn(await client.GetStringAsync("/directory?pageSize=100"));
        var forHundred = portal.Commands.Count;

        Assert.Equal(10, ten.Count);
        Assert.Equal(100, hundred.Count);
        // A handful for the page, and one read of the viewer's session, as on every signed-in request.
        Assert.InRange(forTen, 1, 9);
        Assert.Equal(forTen, forHundred);
    }

    [Fact]
    public async Task Should_run_as_many_queries_for_the_top_of_the_organisation_as_for_someone_without_reports()
    {
        var top = await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.ManagerId == null));
        var me = await EmployeeAsync(DemoPeople.Employee);
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        await client.GetStringAsync($"/directory/org/{me.Id}");

        portal.Commands.Reset();
        await client.GetStringAsync($"/directory/org/{me.Id}");
        var forOne = portal.Commands.Count;
        portal.Commands.Reset();
        await client.GetStringAsync($"/directory/org/{top.Id}");
        var forTop = portal.Commands.Count;

        // A handful for the page, and one read of the viewer's session, as on every signed-in request.
        Assert.InRange(forOne, 1, 7);
        Assert.Equal(forOne, forTop);
    }
}
