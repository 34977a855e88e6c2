using System.Net;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The requests list and a session's roster read as many SQL commands for many people as for one.</summary>
public class EnrolmentQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private Task<(int CourseId, int SessionId)> PlantCourseAsync(string title) => portal.QueryDbAsync(async db =>
    {
        var course = new Course { Title = title, Provider = "Counting Academy", Hours = 2, CreatedAtUtc = DateTime.UtcNow };
        var session = new CourseSession
        {
            StartsAtUtc = DateTime.UtcNow.AddDays(9), EndsAtUtc = DateTime.UtcNow.AddDays(9).AddHours(2), TimeZoneId = "UTC", Place = "Room", Capacity = 3,
        };
        course.Sessions.Add(session);
        db.Add(course);
        await db.SaveChangesAsync();
        return (course.Id, session.Id);
    });

    /// <summary>Places for the given number of people, requested or seated (then waiting once the seats are gone).</summary>
    private Task<int> PlantPlacesAsync(int courseId, int sessionId, int count, bool requested) => portal.QueryDbAsync(async db =>
    {
        var people = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.ManagerId != null && !DemoPeople.All.Contains(e.WorkEmail))
            .Where(e => !db.Set<Enrolment>().Any(p => p.CourseId == courseId && p.EmployeeId == e.Id))
            .OrderBy(e => e.Id).Take(count).Select(e => e.Id).ToListAsync();
        var seated = await db.Set<Enrolment>().CountAsync(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Enrolled);
        foreach (var person in people)
        {
            var status = requested ? EnrolmentStatus.Requested : seated++ < 3 ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted;
            db.Add(new Enrolment
            {
                EmployeeId = person, CourseId = courseId, SessionId = sessionId, Status = status, RequestedAtUtc = DateTime.UtcNow,
                WaitlistedAtUtc = status == EnrolmentStatus.Waitlisted ? DateTime.UtcNow : null, RequestNote = "Counted",
            });
        }
        await db.SaveChangesAsync();
        return people.Count;
    });

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_a_page_of_requests_as_for_one_when_hr_opens_the_requests()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var (courseId, sessionId) = await PlantCourseAsync("Counted requests");
        await PlantPlacesAsync(courseId, sessionId, 1, requested: true);
        var one = await CommandsForAsync(hr, "/learning/requests?search=Counted+requests");
        await PlantPlacesAsync(courseId, sessionId, 20, requested: true);

        Assert.Equal(one, await CommandsForAsync(hr, "/learning/requests?search=Counted+requests"));
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_a_full_roster_as_for_one_person_when_hr_opens_it()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var (courseId, sessionId) = await PlantCourseAsync("Counted roster");
        await PlantPlacesAsync(courseId, sessionId, 1, requested: false);
        var one = await CommandsForAsync(hr, $"/learning/sessions/{sessionId}");
        await PlantPlacesAsync(courseId, sessionId, 12, requested: false);

        Assert.Equal(one, await CommandsForAsync(hr, $"/learning/sessions/{sessionId}"));
    }
}
