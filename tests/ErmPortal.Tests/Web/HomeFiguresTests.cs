using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Administration;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The home pages' figures are kept by the database as people change, not counted on each view: whatever writes
/// (a form, the CSV import, the seeder, a job), each figure must move and always equal a count of everyone.
/// </summary>
public class HomeFiguresTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private Task<OrganisationFiguresCard.Model> FiguresAsync() => portal.SendAsync(DemoPeople.Hr, new OrganisationFiguresCard.Query());

    private Task<IReadOnlyList<WorkforceTrendCard.Month>> TrendAsync() => portal.SendAsync(DemoPeople.Hr, new WorkforceTrendCard.Query());

    private static int InDepartment(OrganisationFiguresCard.Model figures, string department) =>
        figures.ByDepartment.SingleOrDefault(d => d.Label == department)?.Value ?? 0;

    private static int InStatus(OrganisationFiguresCard.Model figures, EmployeeStatus status) =>
        figures.ByStatus.Single(s => s.Status == status).Count;

    private static WorkforceTrendCard.Month MonthOf(IReadOnlyList<WorkforceTrendCard.Month> trend, DateOnly day) =>
        trend.Single(m => m.Start == new DateOnly(day.Year, day.Month, 1));

    /// <summary>
    /// Every figure HR and the administrator see, beside the same figures counted from everyone the way the cards
    /// counted them before the figures were kept: the people employed at each month's end (today for this month),
    /// hired in it and whose last day fell in it.
    /// </summary>
    private async Task AssertFiguresEqualACountOfEveryoneAsync()
    {
        var (people, accounts) = await portal.QueryDbAsync(async db => (
            await db.Employees.AsNoTracking().Select(e => new { e.Status, Department = e.Department.Name, e.HireDate, e.LastDay }).ToListAsync(),
            await db.Users.AsNoTracking().Select(u => new { u.DisabledAtUtc, u.LastSignInAtUtc }).ToListAsync()));
        var current = people.Where(p => p.Status != EmployeeStatus.Left).ToList();

        var figures = await FiguresAsync();
        Assert.Equal(current.Count, figures.Headcount);
        Assert.All(figures.ByStatus, s => Assert.Equal(current.Count(p => p.Status == s.Status), s.Count));
        Assert.Equal(current.GroupBy(p => p.Department).Select(g => (g.Key, g.Count())).OrderBy(d => d.Key),
            figures.ByDepartment.Select(d => (d.Label, d.Value)).OrderBy(d => d.Label));

        foreach (var month in await TrendAsync())
        {
            var end = new[] { month.Start.AddMonths(1).AddDays(-1), Today }.Min();
            var employed = people.Count(p => p.HireDate <= end && (p.LastDay is null && p.Status != EmployeeStatus.Left || p.LastDay >= end));
            var next = month.Start.AddMonths(1);
            Assert.Equal((month.Start, employed, people.Count(p => p.HireDate >= month.Start && p.HireDate < next),
                    people.Count(p => p.LastDay >= month.Start && p.LastDay < next)),
                (month.Start, month.Headcount, month.Hires, month.Leavers));
        }

        var accountFigures = await portal.SendAsync(DemoPeople.Admin, new AccountFiguresCard.Query());
        Assert.Equal((accounts.Count, accounts.Count(a => a.DisabledAtUtc != null), accounts.Count(a => a.LastSignInAtUtc == null && a.DisabledAtUtc == null)),
            (accountFigures.Accounts, accountFigures.Disabled, accountFigures.NeverSignedIn));
    }

    private async Task<Employee> TemplateAsync(ErmDbContext db) => await db.Employees.FirstAsync(e => e.WorkEmail == DemoPeople.Employee);

    /// <summary>An active person with nobody reporting to them and no demo sign-in, a different one for each caller.</summary>
    private Task<Employee> OrdinaryPersonAsync(int skip) =>
        portal.QueryDbAsync(db => db.Employees.AsNoTracking().Include(e => e.Department)
            .Where(e => e.Status == EmployeeStatus.Active && e.ManagerId != null && !e.DirectReports.Any() && !DemoPeople.All.Contains(e.WorkEmail))
            .OrderByDescending(e => e.Id).Skip(skip).FirstAsync());

    [Fact]
    public Task Should_equal_a_count_of_everyone_when_the_demo_organisation_has_just_been_seeded() =>
        AssertFiguresEqualACountOfEveryoneAsync();

    [Fact]
    public async Task Should_count_hires_in_the_headcount_their_department_and_their_month_when_people_are_hired()
    {
        var backDated = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2).AddDays(3);
        var (figures, trend) = (await FiguresAsync(), await TrendAsync());
        var department = await portal.QueryDbAsync(async db =>
        {
            var template = await TemplateAsync(db);
            foreach (var (last, hired) in new[] { ("Today", Today), ("Back", backDated) })
                db.Employees.Add(Employee.Hire("Kept", last, $"kept.{last.ToLowerInvariant()}@erm.test", hired, template.DepartmentId, template.PositionId,
                    template.LocationId, template.ManagerId, EmploymentType.FullTime));
            await db.SaveChangesAsync();
            return await db.Departments.Where(d => d.Id == template.DepartmentId).Select(d => d.Name).SingleAsync();
        });

        var (after, trendAfter) = (await FiguresAsync(), await TrendAsync());
        Assert.Equal(figures.Headcount + 2, after.Headcount);
        Assert.Equal(InStatus(figures, EmployeeStatus.Onboarding) + 2, InStatus(after, EmployeeStatus.Onboarding));
        Assert.Equal(InDepartment(figures, department) + 2, InDepartment(after, department));
        Assert.Equal((MonthOf(trend, backDated).Hires + 1, MonthOf(trend, backDated).Headcount + 1),
            (MonthOf(trendAfter, backDated).Hires, MonthOf(trendAfter, backDated).Headcount));
        Assert.Equal((trend[^1].Hires + 1, trend[^1].Headcount + 2), (trendAfter[^1].Hires, trendAfter[^1].Headcount));
        Assert.Equal("Kept Today", after.RecentHires[0].Name);
        await AssertFiguresEqualACountOfEveryoneAsync();
    }

    [Fact]
    public async Task Should_move_a_person_between_departments_when_hr_transfers_them()
    {
        var person = await OrdinaryPersonAsync(0);
        var (otherDepartment, name, position) = await portal.QueryDbAsync(async db => await db.Departments.Where(d => d.Id != person.DepartmentId)
            .Select(d => new { d.Id, d.Name, Position = db.Positions.Where(p => p.JobFamily == d.JobFamily).Select(p => p.Id).First() })
            .FirstAsync() is var found ? (found.Id, found.Name, found.Position) : default);
        var figures = await FiguresAsync();

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/employees/{person.Id}/transfer";
        var response = await hr.PostFormAsync(url, url, new()
        {
            ["Kind"] = "Transfer", ["EffectiveDate"] = Today.ToString("yyyy-MM-dd"), ["DepartmentId"] = otherDepartment.ToString(),
            ["PositionId"] = position.ToString(), ["LocationId"] = person.LocationId.ToString(), ["ManagerEmail"] = DemoPeople.Manager,
            ["Version"] = Regex.Match(await hr.GetStringAsync(url), "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await FiguresAsync();
        Assert.Equal(InDepartment(figures, person.Department.Name) - 1, InDepartment(after, person.Department.Name));
        Assert.Equal(InDepartment(figures, name) + 1, InDepartment(after, name));
        Assert.Equal(figures.Headcount, after.Headcount);
        await AssertFiguresEqualACountOfEveryoneAsync();
    }

    [Fact]
    public async Task Should_move_the_status_counts_and_the_leavers_when_someone_goes_on_leave_and_someone_leaves()
    {
        var (onLeave, leaver) = (await OrdinaryPersonAsync(1), await OrdinaryPersonAsync(2));
        var lastDay = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1).AddDays(9);
        var (figures, trend) = (await FiguresAsync(), await TrendAsync());

        await portal.QueryDbAsync(async db =>
        {
            (await db.Employees.SingleAsync(e => e.Id == onLeave.Id)).MoveTo(EmployeeStatus.OnLeave);
            (await db.Employees.SingleAsync(e => e.Id == leaver.Id)).Terminate(lastDay, "Moved abroad", voluntary: true, Today);
            return await db.SaveChangesAsync();
        });

        var (after, trendAfter) = (await FiguresAsync(), await TrendAsync());
        Assert.Equal(InStatus(figures, EmployeeStatus.OnLeave) + 1, InStatus(after, EmployeeStatus.OnLeave));
        Assert.Equal(figures.Headcount - 1, after.Headcount);
        Assert.Equal(InDepartment(figures, leaver.Department.Name) - 1, InDepartment(after, leaver.Department.Name));
        Assert.Equal(MonthOf(trend, lastDay).Leavers + 1, MonthOf(trendAfter, lastDay).Leavers);
        Assert.Equal(MonthOf(trend, lastDay).Headcount - 1, MonthOf(trendAfter, lastDay).Headcount);
        Assert.Equal(trend[^1].Headcount - 1, trendAfter[^1].Headcount);
        await AssertFiguresEqualACountOfEveryoneAsync();
    }

    [Fact]
    public async Task Should_count_every_imported_person_when_hr_imports_a_csv_file()
    {
        var (figures, trend) = (await FiguresAsync(), await TrendAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var preview = await (await hr.PostFileAsync("/employees/import", "/employees/import", "File", "people.csv", "text/csv",
            EmployeeCsvFiles.Valid(12, "figures"))).Content.ReadAsStringAsync();

        var response = await hr.PostFormAsync("/employees/import", "/employees/import/confirm", new() { ["Ticket"] = EmployeeCsvFiles.TicketIn(preview)! });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (after, trendAfter) = (await FiguresAsync(), await TrendAsync());
        var hired = DateOnly.Parse(EmployeeCsvFiles.RecentHireDate);
        Assert.Equal(figures.Headcount + 12, after.Headcount);
        Assert.Equal(InStatus(figures, EmployeeStatus.Onboarding) + 12, InStatus(after, EmployeeStatus.Onboarding));
        Assert.Equal(MonthOf(trend, hired).Hires + 12, MonthOf(trendAfter, hired).Hires);
        await AssertFiguresEqualACountOfEveryoneAsync();
    }

    [Fact]
    public async Task Should_count_an_account_when_it_is_created_signed_in_with_and_disabled()
    {
        var figures = await portal.SendAsync(DemoPeople.Admin, new AccountFiguresCard.Query());
        var userId = await portal.CreateAccountAsync("figures.account@erm.test", OrganisationSeeder.DemoPassword);
        var created = await portal.SendAsync(DemoPeople.Admin, new AccountFiguresCard.Query());
        Assert.Equal((figures.Accounts + 1, figures.NeverSignedIn + 1), (created.Accounts, created.NeverSignedIn));

        await portal.SignedInClientAsync("figures.account@erm.test");
        var signedIn = await portal.SendAsync(DemoPeople.Admin, new AccountFiguresCard.Query());
        Assert.Equal(figures.NeverSignedIn, signedIn.NeverSignedIn);

        await portal.SendAsync(DemoPeople.Admin, new ManageAccount.Command(userId, ManageAccount.Action.Disable));
        var disabled = await portal.SendAsync(DemoPeople.Admin, new AccountFiguresCard.Query());
        Assert.Equal((figures.Accounts + 1, figures.Disabled + 1), (disabled.Accounts, disabled.Disabled));
        await AssertFiguresEqualACountOfEveryoneAsync();
    }

    [Fact]
    public async Task Should_show_the_whole_reporting_line_as_last_counted_when_a_manager_opens_home()
    {
        async Task CountTeamsAsync() => await portal.AsUserAsync<bool>(null, async sp =>
        {
            await sp.GetRequiredService<CountTeamsJob>().RunAsync(CancellationToken.None);
            return true;
        });
        async Task<int> BelowManagerAsync() => await portal.QueryDbAsync(async db =>
        {
            var me = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync();
            return await db.Below(me).Join(db.Employees, r => r.Id, e => e.Id, (r, e) => e).CountAsync(e => e.Status != EmployeeStatus.Left);
        });
        await CountTeamsAsync();
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Contains($"{await BelowManagerAsync()} people in your reporting line", await manager.GetStringAsync("/"));

        await portal.QueryDbAsync(async db =>
        {
            var template = await TemplateAsync(db);
            db.Employees.Add(Employee.Hire("Deep", "Report", "deep.report@erm.test", Today.AddDays(-3), template.DepartmentId,
                template.PositionId, template.LocationId, template.Id, EmploymentType.FullTime));
            return await db.SaveChangesAsync();
        });
        var counted = await BelowManagerAsync();
        await CountTeamsAsync();

        var home = await manager.GetStringAsync("/");
        Assert.Contains($"{counted} people in your reporting line", home);
        Assert.Contains("Counted ", home);
    }

    [Fact]
    public async Task Should_list_december_anniversaries_before_january_ones_when_the_coming_weeks_run_into_the_next_year()
    {
        var today = new DateOnly(Today.Year, 12, 20);
        var (december, january) = await portal.QueryDbAsync(async db =>
        {
            var template = await TemplateAsync(db);
            Employee HiredOn(string name, DateOnly day) => Employee.Hire("Anniversary", name, $"anniversary.{name.ToLowerInvariant()}@erm.test", day,
                template.DepartmentId, template.PositionId, template.LocationId, template.ManagerId, EmploymentType.FullTime);
            var inDecember = HiredOn("December", new DateOnly(today.Year - 3, 12, 21));
            var inJanuary = HiredOn("January", new DateOnly(today.Year - 2, 1, 2));
            db.Employees.AddRange(inDecember, inJanuary, HiredOn("February", new DateOnly(today.Year - 2, 2, 2)));
            await db.SaveChangesAsync();
            return (inDecember.Id, inJanuary.Id);
        });

        var upcoming = await portal.QueryDbAsync(db => UpcomingEvents.ForAsync(db.Employees, today, 100, CancellationToken.None));

        var anniversaries = upcoming.Events.Where(e => e.Kind == UpcomingEventKind.WorkAnniversary).ToList();
        Assert.Equal(anniversaries.Count, upcoming.Counts[UpcomingEventKind.WorkAnniversary]);
        Assert.True(anniversaries.FindIndex(e => e.EmployeeId == december) < anniversaries.FindIndex(e => e.EmployeeId == january));
        Assert.Equal((new DateOnly(today.Year + 1, 1, 2), 3), anniversaries.Where(e => e.EmployeeId == january).Select(e => (e.Date, e.Years!.Value)).Single());
        Assert.DoesNotContain(anniversaries, e => e.Name == "Anniversary February");
        Assert.All(anniversaries, e => Assert.InRange(e.Date, today, today.AddDays(UpcomingEvents.WindowDays)));
    }

    public static TheoryData<string, int> HomePages => new()
    {
        // Sign-in session, the layout's menu and bell, and each card the person's roles show (with an employee record,
        // their interviews, their onboarding tasks, the check-ins they are asked to answer and their own training too: the
        // mandatory courses due (two: the items, then the courses' titles), the development plans waiting for their
        // agreement, one command, and their recommendations, four; HR's documents to renew; managers' team training overdue
        // and managers' and HR's training requests to decide and certifications to renew; HR's outside training to confirm;
        // the viewer's own review to work on, and managers' and HR's reviews to write; managers' and HR's
        // cycles in calibration; the peer feedback they are asked for, and managers' peer nominations to
        // approve; managers' and HR's pay review of their people, HR's open compensation cycles and HR's open cases,
        // counted afresh once people join: one command each).
        { DemoPeople.Hr, 38 },
        { DemoPeople.Manager, 29 },
        { DemoPeople.Employee, 20 },
        { DemoPeople.Admin, 21 },
    };

    [Theory]
    [MemberData(nameof(HomePages))]
    public async Task Should_run_the_same_few_commands_when_more_people_join(string email, int most)
    {
        var client = await portal.SignedInClientAsync(email);
        await client.GetStringAsync("/");

        // Each count is of the first view after people join, when the figures kept from before are read afresh.
        var before = await CommandsAfterPeopleJoinAsync(client, email, 1);
        var after = await CommandsAfterPeopleJoinAsync(client, email, 30);

        Assert.Equal(before, after);
        Assert.InRange(before, 1, most);
    }

    private async Task<int> CommandsAfterPeopleJoinAsync(HttpClient client, string email, int joining)
    {
        await portal.QueryDbAsync(async db =>
        {
            var manager = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Manager);
            var first = await db.Employees.CountAsync(e => e.LegalFirstName == "Growing");
            for (var i = first; i < first + joining; i++)
            {
                var hire = Employee.Hire("Growing", $"Team{i}", $"growing.{email.Split('@')[0]}.{i}@erm.test", Today.AddYears(-1 - i % 3).AddDays(i % 20),
                    manager.DepartmentId, manager.PositionId, manager.LocationId, manager.Id, EmploymentType.FullTime);
                hire.ProbationEndDate = Today.AddDays(1 + i % 20);
                db.Employees.Add(hire);
            }
            return await db.SaveChangesAsync();
        });
        portal.Commands.Reset();
        await client.GetStringAsync("/");
        return portal.Commands.Count;
    }

    [Theory]
    [InlineData(DemoPeople.Hr)]
    [InlineData(DemoPeople.Manager)]
    [InlineData(DemoPeople.Employee)]
    [InlineData(DemoPeople.Admin)]
    public async Task Should_search_indexes_and_read_no_whole_table_when_a_home_page_is_drawn(string email)
    {
        var client = await portal.SignedInClientAsync(email);
        portal.Commands.Reset();
        await client.GetStringAsync("/");

        var commands = QueryPlans.Reading(portal.Commands.Captured).ToList();
        Assert.NotEmpty(commands);
        // Read whole by design: the kept headcount (a row per department and status) and the trend's twelve months.
        Assert.All(commands, c =>
        {
            var plan = QueryPlans.Of(portal.DatabasePath, c);
            Assert.True(!QueryPlans.FullScans(c.Text, plan, "HeadcountFigures", "WorkforceMonths", "ReviewCycles").Any(), $"{string.Join(" / ", plan)}\n{c.Text}");
        });
    }
}
