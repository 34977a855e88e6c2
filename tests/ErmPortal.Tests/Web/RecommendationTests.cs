using System.Globalization;
using System.Net;
using ErmPortal.Data.Learning;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The courses recommended to a person: for gaps against their position, their last review, and never again once dismissed or done.</summary>
public class RecommendationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Recommendations = "/me/learning/recommendations";

    /// <summary>A course teaching three skills the demo employee's position is made to require, so it ranks high among the demo's.</summary>
    private Task<int> PlantGapCourseAsync(string title, string skillPrefix) => portal.QueryDbAsync(async db =>
    {
        var positionId = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.PositionId).SingleAsync();
        var skills = Enumerable.Range(1, 3).Select(i => $"{skillPrefix} {i}").ToList();
        var course = new Course { Title = title, Provider = "Planted Academy", Hours = 3, CreatedAtUtc = DateTime.UtcNow };
        course.ReplaceSkills(skills);
        db.Add(course);
        db.AddRange(skills.Select(s => new PositionSkill { PositionId = positionId, Name = s }));
        await db.SaveChangesAsync();
        return course.Id;
    });

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_never_show_a_dismissed_course_again_when_the_person_said_it_is_not_for_them()
    {
        var id = await PlantGapCourseAsync("Zymurgy for brewers", "Zymurgy");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var before = await PageAsync(employee, Recommendations);

        var dismissed = await employee.PostFormAsync(Recommendations, $"{Recommendations}/{id.ToString(CultureInfo.InvariantCulture)}/dismiss", []);
        await portal.QueryDbAsync(async db =>
        {
            // A further reason later on still does not bring it back.
            db.Add(new DevelopmentNeed { EmployeeId = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync(),
                Skill = "Zymurgy 1", Source = "Review of this year", NotedOn = DateOnly.FromDateTime(DateTime.UtcNow) });
            return await db.SaveChangesAsync();
        });

        Assert.Contains("Zymurgy for brewers", before);
        Assert.Contains("Teaches Zymurgy 1, Zymurgy 2, Zymurgy 3: required for the position", before);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.DoesNotContain("Zymurgy for brewers", await PageAsync(employee, Recommendations));
        Assert.DoesNotContain("Zymurgy for brewers", await PageAsync(employee, "/"));
    }

    [Fact]
    public async Task Should_drop_a_course_from_the_recommendations_when_the_person_has_a_confirmed_passed_record_of_it()
    {
        var id = await PlantGapCourseAsync("Quokka handling", "Quokka");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Contains("Quokka handling", await PageAsync(employee, Recommendations));

        await portal.QueryDbAsync(async db =>
        {
            db.Add(new TrainingRecord
            {
                EmployeeId = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync(), CourseId = id,
                Title = "Quokka handling", CompletedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), Hours = 3, Passed = true,
                Source = TrainingRecordSource.RecordedByHr, RecordedAtUtc = DateTime.UtcNow, ConfirmedAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain("Quokka handling", await PageAsync(employee, Recommendations));
    }

    [Fact]
    public async Task Should_name_the_last_review_when_a_development_need_it_noted_is_taught_and_not_an_older_reviews()
    {
        var course = await portal.QueryDbAsync(async db =>
        {
            var employeeId = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var taught = new Course { Title = "Kite design", Provider = "Planted Academy", Hours = 2, CreatedAtUtc = DateTime.UtcNow };
            taught.ReplaceSkills(["Kite design", "Aerodynamics"]);
            var older = new Course { Title = "Origami", Provider = "Planted Academy", Hours = 2, CreatedAtUtc = DateTime.UtcNow };
            older.ReplaceSkills(["Origami"]);
            db.AddRange(taught, older,
                new DevelopmentNeed { EmployeeId = employeeId, Skill = "Origami", Source = "Review of last year", NotedOn = today.AddYears(-1) },
                new DevelopmentNeed { EmployeeId = employeeId, Skill = "Aerodynamics", Source = "Review of the spring", NotedOn = today.AddDays(-10) },
                new DevelopmentNeed { EmployeeId = employeeId, Skill = "Kite design", Source = "Review of the spring", NotedOn = today.AddDays(-10) });
            await db.SaveChangesAsync();
            return taught.Id;
        });
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var employeeId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync());

        var own = await PageAsync(await portal.SignedInClientAsync(DemoPeople.Employee), Recommendations);
        var managers = await PageAsync(manager, $"/learning/development/{employeeId.ToString(CultureInfo.InvariantCulture)}");

        Assert.Matches("The last review named (Kite design, Aerodynamics|Aerodynamics, Kite design) to develop \\(Review of the spring\\)", own);
        Assert.DoesNotContain("Origami", own);
        Assert.Contains($"data-course-id=\"{course.ToString(CultureInfo.InvariantCulture)}\"", managers);
    }

    [Fact]
    public async Task Should_let_only_hr_open_and_change_the_skills_positions_require()
    {
        var positionId = await portal.QueryDbAsync(db => db.Positions.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var url = $"/learning/positions/{positionId.ToString(CultureInfo.InvariantCulture)}/edit";
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var fields = await hr.FormFieldsAsync(url);
        var stale = new Dictionary<string, string>(fields);
        fields["Skills"] = "Beekeeping, Apiary safety";

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/learning/positions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, fields)).StatusCode);
        stale["Skills"] = "Overwritten";
        var conflict = await hr.PostFormAsync(url, url, stale);
        var list = await PageAsync(hr, "/learning/positions");

        Assert.Contains("Someone else saved the skills of this position", WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync()));
        Assert.Contains("Apiary safety", list);
        Assert.DoesNotContain("Overwritten", list);
    }
}
