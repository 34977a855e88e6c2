using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The compliance report's SQL: the same commands whether it shows everyone or one department or course, and each person's
/// last counted completion found through the covering index rather than by reading the records.
/// </summary>
public class ComplianceQueryTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private async Task<IReadOnlyList<CapturedCommand>> CommandsForAsync(HttpClient client, string url)
    {
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Captured;
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_a_department_or_course_as_for_everyone_when_hr_reads_the_report()
    {
        // The largest department: with the demo's history it has people overdue, so its list reads the same as everyone's.
        var department = await portal.QueryDbAsync(db => db.Employees.GroupBy(e => e.DepartmentId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        var course = await portal.QueryDbAsync(db => db.Set<ErmPortal.Data.Learning.MandatoryRule>().Select(r => r.CourseId).FirstAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        await hr.GetAsync("/learning/compliance");

        var everyone = await CommandsForAsync(hr, "/learning/compliance");
        var ofDepartment = await CommandsForAsync(hr, $"/learning/compliance?departmentId={department}");
        var ofCourse = await CommandsForAsync(hr, $"/learning/compliance?departmentId={department}&courseId={course}");
        var overdue = await CommandsForAsync(hr, $"/learning/compliance/overdue?departmentId={department}");
        var overdueEveryone = await CommandsForAsync(hr, "/learning/compliance/overdue");

        Assert.Equal(everyone.Count, ofDepartment.Count);
        Assert.Equal(everyone.Count, ofCourse.Count);
        Assert.Equal(overdueEveryone.Count + 1, overdue.Count); // the department's name
    }

    [Fact]
    public async Task Should_find_each_last_completion_in_the_covering_index_when_the_items_are_read()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        // A write moves the records' version: the next report reads the items afresh rather than from memory.
        await portal.QueryDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE TableVersions SET Version = Version + 1 WHERE Name = 'TrainingRecords'"));

        var items = (await CommandsForAsync(hr, "/learning/compliance")).Single(c => c.Text.Contains("MAX(\"t\".\"CompletedOn\")", StringComparison.Ordinal));
        var plan = QueryPlans.Of(portal.DatabasePath, items);

        Assert.Contains(plan, line => line.Contains("COVERING INDEX IX_TrainingRecords_EmployeeId_CourseId_CompletedOn_Passed_ConfirmedAtUtc", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN t", StringComparison.Ordinal) || line.Contains("SCAN TrainingRecords", StringComparison.Ordinal));
    }
}
