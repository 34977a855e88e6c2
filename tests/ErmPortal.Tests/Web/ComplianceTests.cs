using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Mandatory training through the pages: a person's own courses, HR's report and who is overdue with its files, the
/// managers' team view and the training investment. Each test plants its own courses, people and records; the report is
/// read narrowed to the planted course or department, so the demo's own rules and people do not change the figures.
/// </summary>
public class ComplianceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private record Rule(int? PositionId, int WithinDaysOfHire, int? RenewEveryMonths, DateOnly StartsOn);

    private Task<int> PlantCourseAsync(string title, params Rule[] rules) => portal.QueryDbAsync(async db =>
    {
        var course = new Course { Title = title, Provider = "Planted Academy", Hours = 2, CreatedAtUtc = DateTime.UtcNow };
        course.MandatoryRules.AddRange(rules.Select(r => new MandatoryRule
            { PositionId = r.PositionId, WithinDaysOfHire = r.WithinDaysOfHire, RenewEveryMonths = r.RenewEveryMonths, StartsOn = r.StartsOn }));
        db.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    });

    private Task PlantRecordAsync(int employeeId, int? courseId, DateOnly completedOn, bool passed = true, bool confirmed = true,
        decimal hours = 2, decimal cost = 0, string currency = "EUR") => portal.QueryDbAsync(async db =>
    {
        db.Add(new TrainingRecord
        {
            EmployeeId = employeeId, CourseId = courseId, Title = "Planted training", CompletedOn = completedOn, Passed = passed,
            Hours = hours, Cost = cost, Currency = currency, RecordedAtUtc = DateTime.UtcNow, Source = TrainingRecordSource.RecordedByHr,
            ConfirmedAtUtc = confirmed ? DateTime.UtcNow : null,
        });
        return await db.SaveChangesAsync();
    });

    private record Planted(int DepartmentId, int PositionId, IReadOnlyList<int> People);

    /// <summary>A department of its own with a position of its own, and people hired on the days given, reporting to the first.</summary>
    private Task<Planted> PlantDepartmentAsync(string name, params DateOnly[] hired) => portal.QueryDbAsync(async db =>
    {
        var department = new Department { Name = name };
        var position = new Position { Title = name + " specialist", JobFamily = "Planted", Level = 2 };
        db.AddRange(department, position);
        await db.SaveChangesAsync();
        var location = await db.Locations.Select(l => l.Id).FirstAsync();
        var people = new List<int>();
        foreach (var (day, i) in hired.Select((d, i) => (d, i)))
        {
            var employee = Employee.Hire("Planted", $"{name} {i}", $"{Guid.NewGuid():N}@erm.test", day, department.Id, position.Id, location,
                people.Count > 0 ? people[0] : null, EmploymentType.FullTime);
            employee.MoveTo(EmployeeStatus.Active);
            employee.TakeDomainEvents();
            db.Add(employee);
            await db.SaveChangesAsync();
            people.Add(employee.Id);
        }
        return new Planted(department.Id, position.Id, people);
    });

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string? StateOf(string page, int courseId) =>
        Regex.Match(page, $@"data-course-id=""{courseId}"" data-state=""(\w+)""").Groups[1] is { Success: true } g ? g.Value : null;

    /// <summary>The figure a report row shows, by the row's scope and id and the figure's name.</summary>
    private static string Figure(string page, string scope, int id, string figure)
    {
        var row = Regex.Match(page, $@"<tr data-{scope}-id=""{id}"">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No {scope} row {id}");
        return Regex.Match(row.Groups[1].Value, $@"data-figure=""{figure}"">\s*(?:<a[^>]*>)?(?:<span>)?([^<\s]+)").Groups[1].Value;
    }

    private async Task<int> EmployeeIdOfAsync(string email) =>
        await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task Should_turn_green_with_a_renewal_day_when_a_counted_completion_is_recorded()
    {
        var me = await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Employee));
        var courseId = await PlantCourseAsync("Ladder safety", new Rule(me.PositionId, 10, 12, new DateOnly(2000, 1, 1)));
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var before = await PageAsync(client, "/me/learning/mandatory");
        await PlantRecordAsync(me.Id, courseId, Today.AddDays(-3), confirmed: false);
        await PlantRecordAsync(me.Id, courseId, Today.AddDays(-2), passed: false);
        var unconfirmedOrFailed = await PageAsync(client, "/me/learning/mandatory");
        await PlantRecordAsync(me.Id, courseId, Today.AddDays(-5));
        var after = await PageAsync(client, "/me/learning/mandatory");

        Assert.Equal("Overdue", StateOf(before, courseId));
        Assert.Equal("Overdue", StateOf(unconfirmedOrFailed, courseId));
        Assert.Equal("Done", StateOf(after, courseId));
        Assert.Contains("renew by", after);
        Assert.Contains($"/learning/courses/{courseId}", after);
    }

    [Fact]
    public async Task Should_owe_a_course_from_the_rules_start_when_hired_before_the_rule()
    {
        var ruleStart = Today.AddDays(-20);
        var planted = await PlantDepartmentAsync("Veterans", Today.AddYears(-5), Today.AddDays(-5));
        var courseId = await PlantCourseAsync("Forklift refresher", new Rule(planted.PositionId, 30, null, ruleStart));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var csv = await (await hr.GetAsync($"/learning/compliance.csv?courseId={courseId}")).Content.ReadAsStringAsync();

        var lines = csv.Split('\n');
        // Hired five years ago: due 30 days after the rule began (10 days ahead, so due soon), not 30 days after the hire.
        Assert.Contains(lines, l => l.Contains($"Veterans 0,Veterans,Forklift refresher,DueSoon,{ruleStart.AddDays(30):yyyy-MM-dd},"));
        // Hired after the rule began: 30 days after the hire.
        Assert.Contains(lines, l => l.Contains($"Veterans 1,Veterans,Forklift refresher,DueSoon,{Today.AddDays(25):yyyy-MM-dd},"));
    }

    [Fact]
    public async Task Should_count_people_items_done_due_soon_and_overdue_per_department_and_course_when_hr_reads_the_report()
    {
        var north = await PlantDepartmentAsync("North depot", Today.AddYears(-2), Today.AddYears(-2), Today.AddYears(-2), Today.AddYears(-2));
        var south = await PlantDepartmentAsync("South depot", Today.AddYears(-2), Today.AddYears(-2));
        var longAgo = Today.AddYears(-3);
        var yearly = await PlantCourseAsync("Depot safety",
            new Rule(north.PositionId, 30, 12, longAgo), new Rule(south.PositionId, 30, 12, longAgo));
        // North: one done recently, one done 11.5 months ago (due soon), one done 13 months ago (overdue), one never (overdue).
        await PlantRecordAsync(north.People[0], yearly, Today.AddMonths(-1));
        await PlantRecordAsync(north.People[1], yearly, Today.AddMonths(-12).AddDays(10));
        await PlantRecordAsync(north.People[2], yearly, Today.AddMonths(-13));
        // South: both done.
        await PlantRecordAsync(south.People[0], yearly, Today.AddMonths(-2));
        await PlantRecordAsync(south.People[1], yearly, Today.AddMonths(-3));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var report = await PageAsync(hr, $"/learning/compliance?courseId={yearly}");
        var northOnly = await PageAsync(hr, $"/learning/compliance?departmentId={north.DepartmentId}&courseId={yearly}");

        Assert.Equal("4", Figure(report, "department", north.DepartmentId, "people"));
        Assert.Equal("4", Figure(report, "department", north.DepartmentId, "required"));
        Assert.Equal("25%", Figure(report, "department", north.DepartmentId, "done"));
        Assert.Equal("1", Figure(report, "department", north.DepartmentId, "due-soon"));
        Assert.Equal("2", Figure(report, "department", north.DepartmentId, "overdue"));
        Assert.Equal("100%", Figure(report, "department", south.DepartmentId, "done"));
        Assert.Equal("0", Figure(report, "department", south.DepartmentId, "overdue"));
        Assert.Equal("6", Figure(report, "course", yearly, "required"));
        Assert.Equal("2", Figure(report, "course", yearly, "overdue"));
        Assert.Equal("4", Figure(northOnly, "course", yearly, "required"));
        Assert.DoesNotContain($"data-department-id=\"{south.DepartmentId}\"", northOnly);
        Assert.Contains($"/learning/compliance/overdue?departmentId={north.DepartmentId}&courseId={yearly}", report);
    }

    [Fact]
    public async Task Should_list_the_most_overdue_first_and_neutralise_formula_cells_when_hr_downloads_the_overdue_list()
    {
        var planted = await PlantDepartmentAsync("=HYPERLINK(\"x\") depot", Today.AddYears(-3), Today.AddYears(-3), Today.AddYears(-3));
        var courseId = await PlantCourseAsync("-2+3 Hazard awareness", new Rule(planted.PositionId, 30, 12, Today.AddYears(-4)));
        await PlantRecordAsync(planted.People[0], courseId, Today.AddMonths(-14));
        await PlantRecordAsync(planted.People[1], courseId, Today.AddMonths(-20));
        await PlantRecordAsync(planted.People[2], courseId, Today.AddMonths(-1));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var list = await PageAsync(hr, $"/learning/compliance/overdue?courseId={courseId}");
        var csv = await (await hr.GetAsync($"/learning/compliance/overdue.csv?courseId={courseId}")).Content.ReadAsStringAsync();

        var order = Regex.Matches(list, @"<tr data-employee-id=""(\d+)""").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([planted.People[1], planted.People[0]], order);
        var days = Today.DayNumber - Today.AddMonths(-20).AddMonths(12).DayNumber;
        Assert.Contains($"data-days=\"{days}\"", list);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Employee,Department,Course,Due,DaysOverdue", lines[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\") depot\"", lines[1]);
        Assert.Contains(",'-2+3 Hazard awareness,", lines[1]);
    }

    [Fact]
    public async Task Should_show_only_the_managers_reporting_line_when_managers_and_others_open_the_team_view()
    {
        var relations = await Relations.FindAsync(portal);
        var target = await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.Id == relations.TargetId));
        var courseId = await PlantCourseAsync("Team view planted course", new Rule(target.PositionId, 30, null, new DateOnly(2000, 1, 1)));
        var managerId = target.ManagerId!.Value;
        var peerId = await EmployeeIdOfAsync(relations.Emails[Viewer.Peer]!);

        var manager = await PageAsync(await relations.ClientAsync(portal, Viewer.Manager), "/learning/compliance/team");
        var skipLevel = await relations.ClientAsync(portal, Viewer.SkipLevelManager);
        var peer = await relations.ClientAsync(portal, Viewer.Peer);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        var peersOwn = await PageAsync(peer, "/learning/compliance/team");
        var peerOnManager = await peer.GetAsync($"/learning/compliance/team?managerId={managerId}");
        var skipOnManager = await PageAsync(skipLevel, $"/learning/compliance/team?managerId={managerId}");
        var hrOnManager = await PageAsync(hr, $"/learning/compliance/team?managerId={managerId}");
        var managerOnPeer = await (await relations.ClientAsync(portal, Viewer.Manager)).GetAsync($"/learning/compliance/team?managerId={peerId}");

        Assert.Contains($"data-employee-id=\"{relations.TargetId}\"", manager);
        Assert.Contains($"data-course-id=\"{courseId}\"", manager);
        Assert.Contains("id=\"no-team\"", peersOwn);
        Assert.DoesNotContain($"data-employee-id=\"{relations.TargetId}\"", peersOwn);
        Assert.Equal(HttpStatusCode.NotFound, peerOnManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, managerOnPeer.StatusCode);
        Assert.Contains($"data-employee-id=\"{relations.TargetId}\"", skipOnManager);
        Assert.Contains($"data-employee-id=\"{relations.TargetId}\"", hrOnManager);
        Assert.DoesNotContain($"data-employee-id=\"{managerId}\"", hrOnManager);
    }

    [Fact]
    public async Task Should_sum_hours_and_cost_per_department_and_year_of_confirmed_passed_records_only()
    {
        var planted = await PlantDepartmentAsync("Investment depot", Today.AddYears(-4), Today.AddYears(-4));
        var year = Today.Year - 1;
        await PlantRecordAsync(planted.People[0], null, new DateOnly(year, 3, 1), hours: 6, cost: 400);
        await PlantRecordAsync(planted.People[1], null, new DateOnly(year, 9, 1), hours: 2.5m, cost: 150);
        await PlantRecordAsync(planted.People[1], null, new DateOnly(year, 10, 1), hours: 40, cost: 9000, confirmed: false);
        await PlantRecordAsync(planted.People[1], null, new DateOnly(year, 11, 1), hours: 30, cost: 7000, passed: false);
        await PlantRecordAsync(planted.People[0], null, new DateOnly(year - 1, 5, 1), hours: 1, cost: 50);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await PageAsync(hr, $"/learning/investment?year={year}&departmentId={planted.DepartmentId}");
        var earlier = await PageAsync(hr, $"/learning/investment?year={year - 1}");

        Assert.Equal("8.5", Figure(page, "department", planted.DepartmentId, "hours"));
        Assert.Equal("550", Figure(page, "department", planted.DepartmentId, "cost"));
        Assert.Equal("6.0", Figure(page, "employee", planted.People[0], "hours"));
        Assert.Equal("2.5", Figure(page, "employee", planted.People[1], "hours"));
        Assert.Equal("1.0", Figure(earlier, "department", planted.DepartmentId, "hours"));
        Assert.Contains($"<option value=\"{year - 1}\"", page);
    }
}
