using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Total rewards statements, the value ledger and pay equity, through the pages people open.</summary>
public class RewardsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Someone new in the target's department, with nothing of the demo's; their id.</summary>
    private Task<int> HireAsync(string email, int? managerId = null, Gender? gender = null, int? positionId = null) => portal.QueryDbAsync(async db =>
    {
        var target = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => new { e.DepartmentId, e.PositionId, e.LocationId }).SingleAsync();
        var employee = Employee.Hire("Planted", email.Split('@')[0], email, new DateOnly(2020, 1, 6), target.DepartmentId, positionId ?? target.PositionId,
            target.LocationId, managerId, EmploymentType.FullTime);
        employee.Gender = gender;
        employee.TakeDomainEvents(); // a planted record, not a hire to act on
        db.Add(employee);
        await db.SaveChangesAsync();
        return employee.Id;
    });

    private Task<int> PlantAsync(int employeeId, params object[] rows) => portal.QueryDbAsync(db =>
    {
        db.AddRange(rows);
        return db.SaveChangesAsync();
    });

    private static SalaryRecord Salary(int employeeId, DateOnly on, long euros) => new()
    {
        EmployeeId = employeeId, EffectiveOn = on, AmountMinor = euros * 100, Currency = "EUR", Frequency = PayFrequency.Annual,
        Reason = SalaryChangeReason.Merit, CreatedAtUtc = on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    [Fact]
    public async Task Should_add_up_what_was_paid_in_the_year_when_hr_opens_a_persons_statement()
    {
        var id = await HireAsync("statement.person@erm.test");
        var health = await portal.QueryDbAsync(db => db.Set<Benefit>().Where(b => b.CostFrequency == PayFrequency.Monthly).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.EmployerCostMinor }).FirstAsync());
        await PlantAsync(id,
            Salary(id, new DateOnly(2023, 1, 1), 60_000), Salary(id, new DateOnly(2023, 7, 1), 72_000),
            // Written ahead: never counted in 2023, and not yet paid at all.
            Salary(id, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1), 200_000),
            new Bonus { EmployeeId = id, PaidOn = new DateOnly(2023, 3, 28), Kind = BonusKind.Performance, AmountMinor = 1_000_00, Currency = "EUR" },
            new Allowance { EmployeeId = id, Kind = AllowanceKind.Transport, MonthlyAmountMinor = 100_00, Currency = "EUR", StartsOn = new DateOnly(2023, 1, 1), EndsOn = new DateOnly(2023, 6, 30) },
            new BenefitEnrolment { EmployeeId = id, BenefitId = health.Id, StartsOn = new DateOnly(2022, 1, 1) },
            new TrainingRecord
            {
                EmployeeId = id, Title = "Planted course", Source = TrainingRecordSource.RecordedByHr, CompletedOn = new DateOnly(2023, 5, 2), Hours = 6,
                Cost = 500m, Currency = "EUR", Passed = true, ConfirmedAtUtc = DateTime.UtcNow, RecordedAtUtc = DateTime.UtcNow,
            });

        var page = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync($"/compensation/people/{Id(id)}/total-rewards?year=2023");

        // 60,000 for six months and 72,000 for six; the bonus; six months of allowance; twelve of the benefit; the course.
        var expected = 66_000_00 + 1_000_00 + 600_00 + 12 * health.EmployerCostMinor + 500_00;
        Assert.Contains($"data-total=\"{expected}\"", page);
        Assert.Contains("6 hours", page);
        Assert.Contains("Recognition appears here once it is recorded in the portal.", page);
    }

    [Theory]
    [InlineData("total-rewards")]
    [InlineData("ledger")]
    public async Task Should_answer_not_found_to_a_colleague_and_admin_when_they_open_someone_elses_statement_or_ledger(string page)
    {
        var relations = await Relations.FindAsync(portal);
        var url = $"/compensation/people/{Id(relations.TargetId)}/{page}";
        foreach (var viewer in new[] { Viewer.Peer, Viewer.Admin })
            Assert.Equal(HttpStatusCode.NotFound, (await (await relations.ClientAsync(portal, viewer)).GetAsync(url)).StatusCode);
        foreach (var viewer in new[] { Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr })
            Assert.Equal(HttpStatusCode.OK, (await (await relations.ClientAsync(portal, viewer)).GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData(Viewer.Self)]
    [InlineData(Viewer.Manager)]
    [InlineData(Viewer.Hr)]
    public async Task Should_lead_every_figure_to_a_page_the_viewer_may_open_when_the_ledger_links_it(Viewer viewer)
    {
        var relations = await Relations.FindAsync(portal);
        var client = await relations.ClientAsync(portal, viewer);
        var page = await client.GetStringAsync(viewer == Viewer.Self ? "/me/pay/ledger" : $"/compensation/people/{Id(relations.TargetId)}/ledger");
        var links = Regex.Matches(page, "<a href=\"([^\"]+)\" class=\"text-nowrap\" data-ledger-link=\"([^\"]+)\"")
            .Select(m => (Url: WebUtility.HtmlDecode(m.Groups[1].Value), Kind: m.Groups[2].Value)).Distinct().ToList();
        // The demo employee has goals, reviews, training and pay in the last three years.
        Assert.Contains(links, l => l.Kind == "Goals achieved");
        Assert.Contains(links, l => l.Kind == "Trainings completed");
        Assert.Contains(links, l => l.Kind == "Benefits");
        foreach (var link in links)
            Assert.True((await client.GetAsync(link.Url)).StatusCode == HttpStatusCode.OK, $"{link.Kind}: {link.Url}");
    }

    [Fact]
    public async Task Should_show_a_group_of_five_and_hide_a_group_of_four_when_hr_opens_pay_equity()
    {
        var positionId = await portal.QueryDbAsync(async db =>
        {
            var position = new Position { Title = "Equity Planted Principal", JobFamily = "Equity", Level = 8 };
            db.Add(position);
            await db.SaveChangesAsync();
            return position.Id;
        });
        for (var i = 0; i < 9; i++)
        {
            var id = await HireAsync($"equity.{i}@erm.test", gender: i < 5 ? Gender.Female : Gender.Male, positionId: positionId);
            await PlantAsync(id, Salary(id, new DateOnly(2024, 1, 1), 90_000 + 1_000 * i));
        }

        var page = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync("/compensation/equity");

        var gaps = page[page.IndexOf("id=\"gap-table\"", StringComparison.Ordinal)..];
        var level = gaps[gaps.IndexOf("<tr data-level=\"8\">", StringComparison.Ordinal)..];
        level = level[..level.IndexOf("</tr>", StringComparison.Ordinal)];
        string Cell(string gender) => Regex.Match(level, $"data-gender=\"{gender}\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("92,000 EUR", Cell("Female"));
        Assert.Contains("5 people", Cell("Female"));
        Assert.Contains("fewer than 5", Cell("Male"));
        Assert.DoesNotContain("EUR", Cell("Male"));
        // No single salary of the group of four is anywhere on the page.
        foreach (var salary in new[] { "95,000", "96,000", "97,000", "98,000" }) Assert.DoesNotContain(salary, page);
    }

    [Fact]
    public async Task Should_refuse_pay_equity_and_the_department_ledger_when_a_manager_asks()
    {
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/compensation/equity")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/compensation/ledger/departments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/compensation/ledger/team")).StatusCode);
    }
}
