using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Learning;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Everyone finds courses in the catalog by words and filters; HR adds and edits courses, their sessions and who must take them.</summary>
public class CourseCatalogTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> PlantAsync(string title, string provider = "Planted Academy", bool isInternal = false, CourseFormat format = CourseFormat.Classroom,
        string description = "", string[]? skills = null, bool archived = false) => portal.QueryDbAsync(async db =>
    {
        var course = new Course
        {
            Title = title, Provider = provider, IsInternal = isInternal, Format = format, Hours = 4, Cost = 100, Description = description,
            CreatedAtUtc = DateTime.UtcNow, ArchivedAtUtc = archived ? DateTime.UtcNow : null,
        };
        course.ReplaceSkills(skills ?? []);
        db.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    });

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> CourseFields(string title, string provider = "Harbour School", string hours = "6", string cost = "250") => new()
    {
        ["Title"] = title, ["Description"] = "Planted through the form.", ["Provider"] = provider, ["IsInternal"] = "false", ["Format"] = "Online",
        ["Hours"] = hours, ["Cost"] = cost, ["Currency"] = "EUR", ["Skills"] = "Negotiation, Public speaking",
    };

    private static int IdIn(HttpResponseMessage response) =>
        int.Parse(Regex.Match(response.Headers.Location!.OriginalString, @"/learning/courses/(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Should_find_a_course_by_words_of_its_title_description_or_skills_when_an_employee_searches()
    {
        await PlantAsync("Quokka basics");
        await PlantAsync("Pottery for teams", description: "Hands-on quokka handling");
        await PlantAsync("Marsupial care", skills: ["Quokka husbandry"]);
        await PlantAsync("Wombat basics");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        var found = await PageAsync(employee, "/learning/courses?search=quokka");
        var narrowed = await PageAsync(employee, "/learning/courses?search=quokka+basics");

        Assert.Contains("Quokka basics", found);
        Assert.Contains("Pottery for teams", found);
        Assert.Contains("Marsupial care", found);
        Assert.DoesNotContain("Wombat basics", found);
        Assert.Contains("Quokka basics", narrowed);
        Assert.DoesNotContain("Pottery for teams", narrowed);
    }

    [Fact]
    public async Task Should_narrow_the_catalog_by_format_internal_skill_and_provider_when_filters_are_chosen()
    {
        await PlantAsync("Filtered online", provider: "Filter Institute", format: CourseFormat.Online, skills: ["Filtering"]);
        await PlantAsync("Filtered classroom", provider: "Filter Institute", format: CourseFormat.Classroom, isInternal: true, skills: ["Filtering"]);
        await PlantAsync("Filtered elsewhere", provider: "Other Filter School", format: CourseFormat.Online);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        var online = await PageAsync(employee, "/learning/courses?search=filtered&format=Online");
        var internalOnes = await PageAsync(employee, "/learning/courses?search=filtered&internal=true");
        var bySkill = await PageAsync(employee, "/learning/courses?skill=filtering");
        var byProvider = await PageAsync(employee, "/learning/courses?provider=Other+Filter+School");

        Assert.Equal((true, false, true), (online.Contains("Filtered online"), online.Contains("Filtered classroom"), online.Contains("Filtered elsewhere")));
        Assert.Equal((false, true, false), (internalOnes.Contains("Filtered online"), internalOnes.Contains("Filtered classroom"), internalOnes.Contains("Filtered elsewhere")));
        Assert.Equal((true, true, false), (bySkill.Contains("Filtered online"), bySkill.Contains("Filtered classroom"), bySkill.Contains("Filtered elsewhere")));
        Assert.Equal((false, false, true), (byProvider.Contains("Filtered online"), byProvider.Contains("Filtered classroom"), byProvider.Contains("Filtered elsewhere")));
    }

    [Fact]
    public async Task Should_say_what_to_do_when_no_course_matches_the_search()
    {
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await PageAsync(employee, "/learning/courses?search=xylophone-repair-for-penguins");

        Assert.Contains("id=\"no-courses\"", page);
        Assert.Contains("clear the filters to see every course", page);
    }

    [Fact]
    public async Task Should_show_twenty_courses_a_page_when_the_catalog_is_longer()
    {
        for (var i = 0; i < 23; i++) await PlantAsync($"Paged course {i:00}", provider: "Paging Academy");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        var first = await PageAsync(employee, "/learning/courses?provider=Paging+Academy");
        var second = await PageAsync(employee, "/learning/courses?provider=Paging+Academy&page=2");

        Assert.Equal(20, Regex.Matches(first, "data-course-id=").Count);
        Assert.Equal(3, Regex.Matches(second, "data-course-id=").Count);
        Assert.Contains("Paged course 22", second);
    }

    [Fact]
    public async Task Should_keep_an_archived_course_out_of_the_catalog_and_from_employees_when_hr_archives_it()
    {
        var id = await PlantAsync("Retired course of the catalog");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/learning/courses/{id}", $"/learning/courses/{id}/archive", [])).StatusCode);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        Assert.DoesNotContain("Retired course of the catalog", await PageAsync(employee, "/learning/courses?search=retired"));
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/learning/courses/{id}")).StatusCode);
        Assert.Contains("id=\"archived-badge\"", await PageAsync(hr, $"/learning/courses/{id}"));
    }

    [Fact]
    public async Task Should_add_the_course_to_the_catalog_when_hr_fills_the_form()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var response = await hr.PostFormAsync("/learning/courses/new", "/learning/courses/new", CourseFields("Negotiating with suppliers"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var course = await portal.QueryDbAsync(db => db.Set<Course>().Include(c => c.Skills).AsNoTracking().SingleAsync(c => c.Id == IdIn(response)));
        Assert.Equal(("Harbour School", false, CourseFormat.Online, 6m, 250m, "EUR"), (course.Provider, course.IsInternal, course.Format, course.Hours, course.Cost, course.Currency));
        Assert.Equal(["Negotiation", "Public speaking"], course.Skills.Select(s => s.Name).Order());
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Contains("Negotiating with suppliers", await PageAsync(employee, "/learning/courses?skill=Negotiation"));
    }

    [Fact]
    public async Task Should_refuse_the_course_forms_when_an_employee_or_a_manager_opens_or_posts_them()
    {
        var id = await PlantAsync("Course nobody but HR edits");
        foreach (var who in new[] { DemoPeople.Employee, DemoPeople.Manager })
        {
            var client = await portal.SignedInClientAsync(who);
            var token = await client.AntiforgeryTokenAsync("/account/password");
            var fields = new Dictionary<string, string>(CourseFields("Taken over")) { ["__RequestVerificationToken"] = token };

            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/learning/courses/new")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/learning/courses/{id}/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/learning/courses/{id}/edit", new FormUrlEncodedContent(fields))).StatusCode);
            Assert.DoesNotContain("id=\"edit-course\"", await PageAsync(client, $"/learning/courses/{id}"));
        }
        Assert.Equal("Course nobody but HR edits", await portal.QueryDbAsync(db => db.Set<Course>().Where(c => c.Id == id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task Should_show_each_problem_next_to_its_field_and_save_nothing_when_the_course_form_is_wrong()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = CourseFields("", provider: "", hours: "0", cost: "-5");
        fields["Currency"] = "EURO";
        fields["Description"] = "The description of a wrong form.";

        var response = await hr.PostFormAsync("/learning/courses/new", "/learning/courses/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        foreach (var (field, message) in new[]
                 {
                     ("Title", "Title is required."), ("Provider", "Provider is required."),
                     ("Hours", "Give the hours a participant spends, more than 0 and at most 1000."),
                     ("Cost", "Give a cost of 0 or more, at most 1,000,000."),
                     ("Currency", "Give the currency as its three-letter code, such as EUR."),
                 })
            Assert.Matches($"data-valmsg-for=\"{field}\"[^>]*>[^<]*{Regex.Escape(message)}", page);
        Assert.False(await portal.QueryDbAsync(db => db.Set<Course>().AnyAsync(c => c.Description == "The description of a wrong form.")));
    }

    [Fact]
    public async Task Should_show_a_conflict_and_keep_the_other_save_when_the_course_form_was_opened_before_it()
    {
        var id = await PlantAsync("Conflicted course");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var opened = await hr.FormFieldsAsync($"/learning/courses/{id}/edit");
        var first = new Dictionary<string, string>(CourseFields("Conflicted course, first save")) { ["Version"] = opened["Version"] };
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/learning/courses/{id}/edit", $"/learning/courses/{id}/edit", first)).StatusCode);

        var stale = new Dictionary<string, string>(CourseFields("Conflicted course, stale save")) { ["Version"] = opened["Version"] };
        var response = await hr.PostFormAsync($"/learning/courses/{id}/edit", $"/learning/courses/{id}/edit", stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved this course after you opened the form.", page);
        Assert.Contains("Changed meanwhile to: Conflicted course, first save", page);
        Assert.Equal("Conflicted course, first save", await portal.QueryDbAsync(db => db.Set<Course>().Where(c => c.Id == id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task Should_show_the_session_with_its_seats_on_the_course_page_when_hr_adds_one()
    {
        var id = await PlantAsync("Course with a session");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var day = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["Date"] = day, ["StartTime"] = "09:30", ["EndTime"] = "17:00", ["TimeZoneId"] = "Europe/Rome", ["Place"] = "Room Fibonacci",
            ["TrainerName"] = "Ada Trainer", ["Capacity"] = "14",
        };

        var response = await hr.PostFormAsync($"/learning/courses/{id}/sessions/new", $"/learning/courses/{id}/sessions/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = await portal.QueryDbAsync(db => db.Set<CourseSession>().SingleAsync(s => s.CourseId == id));
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(day + " 09:30", CultureInfo.InvariantCulture), rome), session.StartsAtUtc);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var page = await PageAsync(employee, $"/learning/courses/{id}");
        Assert.Contains("Room Fibonacci", page);
        Assert.Contains("14 seats", page);
        Assert.Contains("Trainer: Ada Trainer", page);
    }

    [Fact]
    public async Task Should_refuse_a_session_that_ends_before_it_starts_or_has_nowhere_to_happen()
    {
        var id = await PlantAsync("Course with a wrong session");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = new Dictionary<string, string>
        {
            ["Date"] = "2031-03-04", ["StartTime"] = "15:00", ["EndTime"] = "09:00", ["TimeZoneId"] = "Europe/Rome", ["Capacity"] = "10",
            ["Link"] = "http://insecure.example",
        };

        var response = await hr.PostFormAsync($"/learning/courses/{id}/sessions/new", $"/learning/courses/{id}/sessions/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The session must end after it starts.", page);
        Assert.Contains("Give a link that starts with https://.", page);
        Assert.False(await portal.QueryDbAsync(db => db.Set<CourseSession>().AnyAsync(s => s.CourseId == id)));
    }

    [Fact]
    public async Task Should_list_the_position_on_the_course_page_and_refuse_a_second_rule_for_it_when_hr_makes_a_course_mandatory()
    {
        var id = await PlantAsync("Course made mandatory");
        var position = await portal.QueryDbAsync(db => db.Positions.OrderBy(p => p.Id).Select(p => new { p.Id, p.Title }).FirstAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = new Dictionary<string, string>
        {
            ["PositionId"] = position.Id.ToString(CultureInfo.InvariantCulture), ["WithinDaysOfHire"] = "45", ["RenewEveryMonths"] = "12",
        };
        var url = $"/learning/courses/{id}/mandatory/new";

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, fields)).StatusCode);
        var again = await hr.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This course is already mandatory for that position.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var page = await PageAsync(await portal.SignedInClientAsync(DemoPeople.Employee), $"/learning/courses/{id}");
        Assert.Contains(position.Title, page);
        Assert.Contains("within 45 days of joining, again every 12 months", page);
    }

    [Fact]
    public async Task Should_offer_learning_in_the_menu_when_anyone_is_signed_in()
    {
        foreach (var who in DemoPeople.All)
            Assert.Contains("id=\"nav-learning\"", await PageAsync(await portal.SignedInClientAsync(who), "/"));
    }

    [Fact]
    public async Task Should_show_a_conflict_and_keep_the_other_save_when_a_session_form_was_opened_before_it()
    {
        var id = await PlantAsync("Course with a contested session");
        var sessionId = await portal.QueryDbAsync(async db =>
        {
            var session = new CourseSession
            {
                CourseId = id, StartsAtUtc = DateTime.UtcNow.AddDays(10), EndsAtUtc = DateTime.UtcNow.AddDays(10).AddHours(2), TimeZoneId = "UTC",
                Place = "Room Euler", Capacity = 8,
            };
            db.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/learning/courses/{id}/sessions/{sessionId}/edit";
        var opened = await hr.FormFieldsAsync(url);
        opened["TimeZoneId"] = "UTC";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, new Dictionary<string, string>(opened) { ["Place"] = "Room Gauss" })).StatusCode);

        var stale = await hr.PostFormAsync(url, url, new Dictionary<string, string>(opened) { ["Place"] = "Room Noether" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else saved this session after you opened the form.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal("Room Gauss", await portal.QueryDbAsync(db => db.Set<CourseSession>().Where(s => s.Id == sessionId).Select(s => s.Place).SingleAsync()));
    }

    [Fact]
    public async Task Should_mark_the_session_cancelled_without_seats_when_hr_cancels_it()
    {
        var id = await PlantAsync("Course with a cancelled session");
        var sessionId = await portal.QueryDbAsync(async db =>
        {
            var session = new CourseSession
            {
                CourseId = id, StartsAtUtc = DateTime.UtcNow.AddDays(12), EndsAtUtc = DateTime.UtcNow.AddDays(12).AddHours(2), TimeZoneId = "UTC",
                Place = "Room Lovelace", Capacity = 9,
            };
            db.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        Assert.Equal(HttpStatusCode.Redirect,
            (await hr.PostFormAsync($"/learning/courses/{id}", $"/learning/courses/{id}/sessions/{sessionId}/cancel", [])).StatusCode);

        var page = await PageAsync(await portal.SignedInClientAsync(DemoPeople.Employee), $"/learning/courses/{id}");
        Assert.Contains("Cancelled", page);
        Assert.DoesNotContain("9 seats", page);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/learning/courses/{id}/sessions/{sessionId}/edit")).StatusCode);
    }
}
