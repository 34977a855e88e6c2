using System.Globalization;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>
/// A pay review from HR's form to the raise in the person's pay: HR drafts a cycle taking effect today for the demo
/// manager's department and opens it, the manager is told, gives everyone 1% while the budget left is worked out as they
/// type, and submits; HR approves the department, and the demo employee finds the new salary in force, the letter that
/// announces it and the day's share of it in this year's total rewards.
/// </summary>
public class PayReviewJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string CycleName = "Winter market adjustment";
    private const string ManagerEmail = "manager@erm.demo";
    private const string EmployeeEmail = "employee@erm.demo";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task Should_put_the_approved_raise_in_force_with_its_letter_when_the_cycle_takes_effect_today()
    {
        var options = new BrowserNewContextOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1000 } };
        await using var hrContext = await portal.Browser.NewContextAsync(options);
        await using var managerContext = await portal.Browser.NewContextAsync(options);
        await using var employeeContext = await portal.Browser.NewContextAsync(options);
        var (hr, manager, employee) = (await hrContext.SignInAsync("hr@erm.demo"), await managerContext.SignInAsync(ManagerEmail),
            await employeeContext.SignInAsync(EmployeeEmail));
        var errors = new List<string>();
        foreach (var page in new[] { hr, manager, employee })
        {
            page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{page.Url}: {message.Text}"); };
            // Opening the cycle, submitting and approving each ask first; everyone says yes.
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        }
        var (department, cutOff) = await ManagersDepartmentAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Before: the employee's salary and what this year's statement counts as base pay.
        await employee.GotoAsync("/me/pay");
        await Assertions.Expect(employee.Locator("#current-salary")).ToContainTextAsync("a year");
        var salaryBefore = await CurrentSalaryAsync(employee);
        await employee.Locator("#total-rewards-link").ClickAsync();
        var basePayBefore = await BasePayAsync(employee);

        // HR drafts the cycle for the manager's department only, taking effect today, and opens it.
        await hr.GotoAsync("/compensation/cycles/new");
        await hr.GetByLabel("Name", new() { Exact = true }).FillAsync(CycleName);
        await hr.GetByLabel("Raises take effect on").FillAsync(Iso(today));
        await hr.GetByLabel("Proposals due by").FillAsync(Iso(today));
        await hr.GetByLabel("Leave out people hired on or after").FillAsync(Iso(cutOff));
        var budgets = hr.Locator("#cycle-budgets input[type=number]");
        for (var i = 0; i < await budgets.CountAsync(); i++) await budgets.Nth(i).FillAsync("");
        await hr.GetByLabel(department.Name, new() { Exact = true }).FillAsync("3");
        await hr.Locator("#save-cycle").ClickAsync();
        await hr.WaitForURLAsync(new Regex(@"/compensation/cycles/\d+$"));
        var cycleUrl = new Uri(hr.Url).AbsolutePath;
        await Assertions.Expect(hr.Locator("#cycle-status")).ToHaveTextAsync("Draft");
        await Assertions.Expect(hr.Locator("#draft-note")).ToBeVisibleAsync();
        await hr.Locator("#open-cycle").ClickAsync();
        await Assertions.Expect(hr.Locator("#cycle-status")).ToHaveTextAsync("Open");
        await Assertions.Expect(hr.Locator(".alert-success")).ToContainTextAsync("The cycle is open:");
        var row = hr.Locator($"#department-rollup tr[data-department='{department.Id}']");
        await Assertions.Expect(row).ToContainTextAsync("Waiting for the managers");

        // The manager follows the notification to their team's page of this cycle (the pay review menu leads to the open
        // cycle taking effect last: the demo data's, next year).
        await manager.GotoAsync("/me/notifications");
        await manager.GetByRole(AriaRole.Button, new() { Name = $"{CycleName} is open: propose your team's raises" }).ClickAsync();
        await manager.WaitForURLAsync(new Regex(@"/compensation/cycles/\d+/team$"));
        await Assertions.Expect(manager.Locator("h1")).ToHaveTextAsync($"Pay review: {CycleName}");
        var rows = manager.Locator("#proposal-rows [data-proposal]");
        var people = await rows.CountAsync();
        Assert.True(people > 1, "The manager has more than one person in the cycle.");
        await Assertions.Expect(manager.Locator("#team-budget")).ToContainTextAsync($"0 / {people}");

        // 1% for everyone; the budget left goes down as each raise is typed, and a raise outside the guideline asks why.
        var remaining = manager.Locator("#remaining");
        var newSalaries = new List<string>();
        for (var i = 0; i < people; i++)
        {
            var left = await remaining.InnerTextAsync();
            var person = rows.Nth(i);
            await person.Locator("[data-raise]").FillAsync("1");
            await Assertions.Expect(remaining).Not.ToHaveTextAsync(left);
            await Assertions.Expect(person.Locator("[data-new-amount]")).Not.ToHaveTextAsync("—");
            newSalaries.Add(await person.Locator("[data-new-amount]").InnerTextAsync());
            var why = person.Locator("[data-justification] input");
            if (await why.IsVisibleAsync()) await why.FillAsync("A steady year: the same raise for the whole team.");
        }
        var typedLeft = await remaining.InnerTextAsync();
        var typedProposed = await manager.Locator("#proposed-total").InnerTextAsync();
        await manager.Locator("#save-proposals").ClickAsync();
        await Assertions.Expect(manager.Locator(".alert-success")).ToHaveTextAsync($"Saved: {people} proposals.");
        // What the page worked out while typing is what the portal saved.
        await Assertions.Expect(remaining).ToHaveTextAsync(typedLeft);
        await Assertions.Expect(manager.Locator("#proposed-total")).ToHaveTextAsync(typedProposed);
        await Assertions.Expect(rows.Locator("[data-new-amount]")).ToHaveTextAsync(newSalaries.ToArray());
        await Assertions.Expect(manager.Locator("#team-budget")).ToContainTextAsync($"{people} / {people}");
        await manager.Locator("#submit-proposals").ClickAsync();
        await Assertions.Expect(manager.Locator(".alert-success")).ToHaveTextAsync($"Submitted: {people} proposals went to HR for approval.");
        await Assertions.Expect(rows.Locator(".badge", new() { HasText = "Submitted" })).ToHaveCountAsync(people);
        // Nothing is left to change until HR decides: the page offers neither saving nor submitting.
        await Assertions.Expect(manager.Locator("#proposals-form button")).ToHaveCountAsync(0);

        // HR approves the department; the cycle takes effect today, so the raises are in force at once.
        await hr.GotoAsync(cycleUrl);
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(hr.Locator(".alert-success")).ToContainTextAsync("Approved: the raises take effect on the cycle's day.");
        await Assertions.Expect(row).ToContainTextAsync("Approved");
        await Assertions.Expect(hr.Locator("#cycle-totals")).ToContainTextAsync($"{people} submitted, {people} approved");

        // The employee's pay: the new salary in force since today, and the letter announcing it.
        var salaryAfter = (long)Math.Round(salaryBefore * 1.01m, 0, MidpointRounding.AwayFromZero);
        await employee.GotoAsync("/me/pay");
        await Assertions.Expect(employee.Locator("#current-salary")).ToContainTextAsync(Money(salaryAfter));
        await Assertions.Expect(employee.Locator("#current-salary")).ToContainTextAsync("Merit");
        var newest = employee.Locator("#history-table tbody tr").First;
        await Assertions.Expect(newest).ToContainTextAsync("+1%");
        Assert.Equal(salaryAfter, await CurrentSalaryAsync(employee));
        await newest.GetByRole(AriaRole.Link, new() { Name = "Letter" }).ClickAsync();
        await Assertions.Expect(employee.Locator("#letter-new-salary")).ToContainTextAsync(Money(salaryAfter));
        await Assertions.Expect(employee.Locator("#letter-figures")).ToContainTextAsync(Money(salaryBefore));
        await Assertions.Expect(employee.Locator("#letter-figures")).ToContainTextAsync("+1%");

        // This year's statement counts today at the new salary: a twelfth of the raise for each day of the month it covers.
        await employee.GotoAsync("/me/pay/total-rewards");
        var daysInMonth = DateTime.DaysInMonth(today.Year, today.Month);
        var todaysShare = (salaryAfter - salaryBefore) / 100m / 12m / daysInMonth;
        Assert.InRange(await BasePayAsync(employee) - basePayBefore, todaysShare - 0.01m, todaysShare + 0.01m);
        Assert.Empty(errors);
    }

    /// <summary>The salary in force, in minor units, as the pay page's card carries it.</summary>
    private static async Task<long> CurrentSalaryAsync(IPage page) =>
        long.Parse((await page.Locator("#current-salary [data-amount]").GetAttributeAsync("data-amount"))!, CultureInfo.InvariantCulture);

    /// <summary>This year's base pay on the total rewards statement, in major units.</summary>
    private static async Task<decimal> BasePayAsync(IPage page) =>
        decimal.Parse((await page.Locator("tr[data-part='Base pay'] td[data-value]").First.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An amount as the portal shows it in English: cents only when there are some.</summary>
    private static string Money(long minor) => (minor / 100m).ToString(minor % 100 == 0 ? "N0" : "N2", English) + " EUR";

    /// <summary>
    /// The demo manager's department, and a hiring cut-off that keeps the manager out: they were hired after their
    /// people, and nobody below them may propose their own raise, so the department could not be approved with them in.
    /// </summary>
    private async Task<((int Id, string Name) Department, DateOnly CutOff)> ManagersDepartmentAsync()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        var head = await db.Employees.Where(e => e.WorkEmail == ManagerEmail).Select(e => new { e.Id, e.HireDate, e.DepartmentId, Department = e.Department.Name })
            .SingleAsync();
        var employee = await db.Employees.Where(e => e.WorkEmail == EmployeeEmail)
            .Select(e => new { e.HireDate, e.DepartmentId, IsBelow = db.Below(head.Id).Any(s => s.Id == e.Id) }).SingleAsync();
        Assert.True(employee.DepartmentId == head.DepartmentId && employee.IsBelow && employee.HireDate < head.HireDate,
            "The demo employee is in the demo manager's department, below them, and hired before them.");
        return ((head.DepartmentId, head.Department), head.HireDate);
    }
}
