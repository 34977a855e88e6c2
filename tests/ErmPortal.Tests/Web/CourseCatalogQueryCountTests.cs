using System.Net;
using ErmPortal.Data.Learning;
using ErmPortal.Tests.Infrastructure;

namespace ErmPortal.Tests.Web;

/// <summary>The catalog and a course's page read as many SQL commands for many courses, skills and sessions as for few.</summary>
public class CourseCatalogQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private Task<int> PlantAsync(string title, int skills, int sessions) => portal.QueryDbAsync(async db =>
    {
        var course = new Course { Title = title, Provider = "Counting Academy", Hours = 2, CreatedAtUtc = DateTime.UtcNow };
        course.ReplaceSkills(Enumerable.Range(0, skills).Select(i => $"Counted skill {i}"));
        for (var i = 0; i < sessions; i++)
            course.Sessions.Add(new CourseSession
            {
                StartsAtUtc = DateTime.UtcNow.AddDays(i + 1), EndsAtUtc = DateTime.UtcNow.AddDays(i + 1).AddHours(3), TimeZoneId = "UTC", Place = "Room", Capacity = 10,
            });
        db.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    });

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_a_full_page_of_courses_as_for_one_when_an_employee_opens_the_catalog()
    {
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        await PlantAsync("Counted course 00", skills: 1, sessions: 1);
        var one = await CommandsForAsync(employee, "/learning/courses?provider=Counting+Academy");
        for (var i = 1; i < 30; i++) await PlantAsync($"Counted course {i:00}", skills: 1 + i % 4, sessions: i % 3);

        Assert.Equal(one, await CommandsForAsync(employee, "/learning/courses?provider=Counting+Academy"));
        Assert.Equal(one, await CommandsForAsync(employee, "/learning/courses"));
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_ten_sessions_as_for_one_when_a_course_page_is_opened()
    {
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var one = await PlantAsync("One session", skills: 1, sessions: 1);
        var ten = await PlantAsync("Ten sessions", skills: 6, sessions: 10);

        Assert.Equal(await CommandsForAsync(employee, $"/learning/courses/{one}"), await CommandsForAsync(employee, $"/learning/courses/{ten}"));
    }
}
