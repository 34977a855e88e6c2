using System.Net;
using ErmPortal.Data.Learning;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The recommendations send as many SQL commands for many courses and colleagues' records as for few.</summary>
public class RecommendationQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    /// <summary>Courses teaching what the employee's position requires, each completed by colleagues in that position.</summary>
    private Task PlantAsync(int courses, int recordsEach) => portal.QueryDbAsync(async db =>
    {
        var me = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => new { e.Id, e.PositionId }).SingleAsync();
        var colleagues = await db.Employees.Where(e => e.Id != me.Id).OrderBy(e => e.Id).Select(e => e.Id).Take(recordsEach).ToListAsync();
        await db.Employees.Where(e => colleagues.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.PositionId, me.PositionId));
        for (var i = 0; i < courses; i++)
        {
            var course = new Course { Title = $"Counted recommendation {Guid.NewGuid():N}", Provider = "Counting Academy", Hours = 1, CreatedAtUtc = DateTime.UtcNow };
            course.ReplaceSkills([$"Counted skill {i}"]);
            db.Add(course);
            await db.SaveChangesAsync();
            db.AddRange(colleagues.Select(c => new TrainingRecord
            {
                EmployeeId = c, CourseId = course.Id, Title = course.Title, CompletedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-6), Hours = 1, Passed = true,
                Source = TrainingRecordSource.RecordedByHr, RecordedAtUtc = DateTime.UtcNow, ConfirmedAtUtc = DateTime.UtcNow,
            }));
        }
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Should_send_as_many_commands_for_many_courses_and_records_as_for_few_when_the_recommendations_are_opened()
    {
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        await PlantAsync(courses: 1, recordsEach: 2);
        var few = await CommandsForAsync(employee, "/me/learning/recommendations");

        await PlantAsync(courses: 30, recordsEach: 40);
        var many = await CommandsForAsync(employee, "/me/learning/recommendations");

        Assert.Equal(few, many);
        // The catalog is read whole (it is what is ranked); the records and people are reached through their indexes.
        foreach (var command in QueryPlans.Reading(portal.Commands.Captured).Where(c => c.Text.Contains("TrainingRecords", StringComparison.Ordinal)))
        {
            var plan = QueryPlans.Of(portal.DatabasePath, command);
            Assert.True(!QueryPlans.FullScans(command.Text, plan, "Courses").Any(), string.Join("\n", plan) + "\n" + command.Text);
        }
        Assert.Contains("colleagues in the same position completed it", WebUtility.HtmlDecode(await employee.GetStringAsync("/me/learning/recommendations")));
    }
}
