using System.Net;
using ErmPortal.Data.Learning;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The records pages read as many SQL commands for a full page of rows as for one.</summary>
public class TrainingRecordsQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    /// <summary>Records of one person: outside training waiting for HR, or certificates about to expire, each with a rating where it is a course's.</summary>
    private Task PlantAsync(string email, int count, bool waiting) => portal.QueryDbAsync(async db =>
    {
        var employeeId = await db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync();
        var courseId = await db.Set<Course>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        for (var i = 0; i < count; i++)
        {
            var record = new TrainingRecord
            {
                EmployeeId = employeeId, CourseId = waiting ? null : courseId, Title = $"Counted training {i}",
                Source = waiting ? TrainingRecordSource.SelfRecorded : TrainingRecordSource.RecordedByHr, Hours = 2, Passed = true,
                CompletedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-100 - i), RecordedAtUtc = DateTime.UtcNow,
                ConfirmedAtUtc = waiting ? null : DateTime.UtcNow, CertificateExpiresOn = waiting ? null : DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10 + i),
            };
            db.Add(record);
            await db.SaveChangesAsync();
            if (!waiting) db.Add(new TrainingFeedback { TrainingRecordId = record.Id, CourseId = courseId, Rating = 4, GivenAtUtc = DateTime.UtcNow });
        }
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Should_send_as_many_commands_for_many_records_as_for_one_when_the_records_pages_are_opened()
    {
        // Certificates of other people than the one on the demo data's pages, in the HR person's view only.
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        await PlantAsync(DemoPeople.Hr, 1, waiting: false);
        await PlantAsync(DemoPeople.Admin, 1, waiting: true);
        var mine = await CommandsForAsync(hr, "/me/learning/records");
        var certifications = await CommandsForAsync(hr, "/learning/certifications");
        var toConfirm = await CommandsForAsync(hr, "/learning/records");
        var profile = await CommandsForAsync(hr, "/employees/" + await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Hr).Select(e => e.Id).SingleAsync()));

        await PlantAsync(DemoPeople.Hr, 24, waiting: false);
        await PlantAsync(DemoPeople.Admin, 24, waiting: true);

        Assert.Equal(mine, await CommandsForAsync(hr, "/me/learning/records"));
        Assert.Equal(certifications, await CommandsForAsync(hr, "/learning/certifications"));
        Assert.Equal(toConfirm, await CommandsForAsync(hr, "/learning/records"));
        Assert.Equal(profile, await CommandsForAsync(hr, "/employees/" + await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Hr).Select(e => e.Id).SingleAsync())));
    }
}
