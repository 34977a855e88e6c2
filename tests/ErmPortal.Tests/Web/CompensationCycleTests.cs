using System.Globalization;
using System.Net;
using System.Text;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A compensation cycle through HTTP on a real database: HR opens it, the demo manager proposes for their team, the
/// budget and the guideline hold, two people editing one proposal do not overwrite each other, the warnings show, and
/// HR's approval becomes salary records the person sees with their letter; what the pages keep between views is read
/// again after every change. Each test opens a cycle of its own.
/// </summary>
public class CompensationCycleTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Creates a cycle through HR's form (every department at 3%) and opens it; returns its id.</summary>
    private async Task<int> OpenCycleAsync(string name, DateOnly effectiveOn)
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = await hr.FormFieldsAsync("/compensation/cycles/new");
        fields["Name"] = name;
        fields["EffectiveOn"] = effectiveOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["ProposalsDueOn"] = effectiveOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["HiredBefore"] = effectiveOn.AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await hr.PostFormAsync("/compensation/cycles/new", "/compensation/cycles/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var cycle = await portal.QueryDbAsync(db => db.Set<CompensationCycle>().Where(c => c.Name == name).Select(c => new { c.Id, c.Version }).SingleAsync());
        var opened = await hr.PostFormAsync($"/compensation/cycles/{Id(cycle.Id)}", $"/compensation/cycles/{Id(cycle.Id)}/open",
            new() { ["version"] = cycle.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return cycle.Id;
    }

    private record Proposal(int Id, int EmployeeId, Guid Version, decimal? Minimum, decimal? Maximum, long BudgetMinor, long CurrentAnnualMinor);

    /// <summary>The proposals of everyone below the demo manager in the cycle, with their guideline ranges.</summary>
    private Task<List<Proposal>> TeamAsync(int cycleId) => portal.QueryDbAsync(async db =>
    {
        var manager = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync();
        var cycle = await db.Set<CompensationCycle>().Include(c => c.Guideline).SingleAsync(c => c.Id == cycleId);
        var below = await ErmPortal.Web.Organisation.Subtrees.Below(db, manager).Select(s => s.Id).ToListAsync();
        var proposals = await db.Set<PayProposal>().AsNoTracking().Where(p => p.CycleId == cycleId && below.Contains(p.EmployeeId)).OrderBy(p => p.Id).ToListAsync();
        return proposals.Select(p =>
        {
            var range = MeritGuideline.RangeFor(cycle.Guideline, p.Rating, p.PositionInBand);
            return new Proposal(p.Id, p.EmployeeId, p.Version, range?.Minimum, range?.Maximum, p.BudgetMinor, p.CurrentAnnualMinor);
        }).ToList();
    });

    private static Dictionary<string, string> Rows(IEnumerable<(Proposal Proposal, decimal? Percent, string? Why)> rows, bool submit = false)
    {
        var fields = new Dictionary<string, string> { ["Page"] = "1" };
        var i = 0;
        foreach (var (proposal, percent, why) in rows)
        {
            fields[$"Rows[{i}].ProposalId"] = Id(proposal.Id);
            fields[$"Rows[{i}].Version"] = proposal.Version.ToString();
            fields[$"Rows[{i}].Percent"] = percent?.ToString(CultureInfo.InvariantCulture) ?? "";
            fields[$"Rows[{i}].Justification"] = why ?? "";
            i++;
        }
        if (submit) fields["Submit"] = "true";
        return fields;
    }

    /// <summary>A raise inside the person's guideline range (its lowest end), or 1% without a guideline.</summary>
    private static decimal Within(Proposal p) => p.Minimum ?? 1;

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int cycleId, Dictionary<string, string> fields) =>
        await client.PostFormAsync($"/compensation/cycles/{Id(cycleId)}/team", $"/compensation/cycles/{Id(cycleId)}/team", fields);

    [Fact]
    public async Task Should_save_raises_within_the_guideline_and_show_them_with_the_budget_left()
    {
        var cycleId = await OpenCycleAsync("Cycle within guideline", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var team = await TeamAsync(cycleId);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var before = await PageAsync(manager, $"/compensation/cycles/{Id(cycleId)}/team");
        Assert.Contains(">0 / " + Id(team.Count) + "<", before);

        var saved = await SaveAsync(manager, cycleId, Rows(team.Take(2).Select(p => (p, (decimal?)Within(p), (string?)null))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await portal.QueryDbAsync(db => db.Set<PayProposal>().Where(p => p.Id == team[0].Id || p.Id == team[1].Id).ToListAsync());
        Assert.All(stored, p => Assert.NotNull(p.ProposedAmountMinor));
        var after = await PageAsync(manager, $"/compensation/cycles/{Id(cycleId)}/team");
        Assert.Contains(">2 / " + Id(team.Count) + "<", after);
        var proposed = stored.Sum(p => p.RaiseAnnualMinor);
        var left = team.Sum(p => p.BudgetMinor) - proposed;
        Assert.Contains(Money(left), after);
    }

    private static string Money(long minor) => (minor / 100m).ToString(minor % 100 == 0 ? "N0" : "N2", new CultureInfo("en-US")) + " EUR";

    /// <summary>The team page's budget card.</summary>
    private static string Budget(string page)
    {
        var budget = page[page.IndexOf("id=\"team-budget\"", StringComparison.Ordinal)..];
        return budget[..budget.IndexOf("</section>", StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Should_read_only_the_warnings_when_the_manager_comes_back_to_the_team_page()
    {
        var cycleId = await OpenCycleAsync("Cycle kept team", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var first = await PageAsync(manager, $"/compensation/cycles/{Id(cycleId)}/team");
        portal.Commands.Reset();

        var again = await PageAsync(manager, $"/compensation/cycles/{Id(cycleId)}/team");

        Assert.Equal(Budget(first), Budget(again));
        Assert.DoesNotContain(portal.Commands.Texts, sql => sql.Contains("WITH RECURSIVE subtree") || sql.Contains("\"PayProposals\"")
                                                             || sql.Contains("\"CompensationCycles\""));
    }

    [Fact]
    public async Task Should_drop_a_person_from_the_team_page_at_once_when_they_move_to_another_manager()
    {
        var cycleId = await OpenCycleAsync("Cycle moved person", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var team = await TeamAsync(cycleId);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Contains(">0 / " + Id(team.Count) + "<", await PageAsync(manager, $"/compensation/cycles/{Id(cycleId)}/team"));

        // Someone who manages nobody and has no demo sign-in, moved to HR's team and back afterwards: the other tests use this organisation.
        var ids = team.Select(p => p.EmployeeId).ToList();
        var (moved, managerBefore) = await portal.QueryDbAsync(db => db.Employees
            .Where(e => ids.Contains(e.Id) && !DemoPeople.All.Contains(e.WorkEmail) && !db.Employees.Any(r => r.ManagerId == e.Id))
            .OrderBy(e => e.Id).Select(e => new ValueTuple<int, int>(e.Id, e.ManagerId!.Value)).FirstAsync());
        await portal.QueryDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE Employees SET ManagerId = (SELECT Id FROM Employees WHERE WorkEmail = {DemoPeople.Hr}) WHERE Id = {moved}"));
        try
        {
            var page = await PageAsync(manager, $"/compensation/cycles/{Id(cycleId)}/team");
            Assert.Contains(">0 / " + Id(team.Count - 1) + "<", page);
            Assert.DoesNotContain($"data-proposal=\"{Id(team.Single(p => p.EmployeeId == moved).Id)}\"", page);
        }
        finally
        {
            await portal.QueryDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Employees SET ManagerId = {managerBefore} WHERE Id = {moved}"));
        }
    }

    [Fact]
    public async Task Should_show_a_team_in_the_skip_level_roll_up_when_its_manager_is_not_in_the_cycle()
    {
        var cycleId = await OpenCycleAsync("Cycle with a manager left out", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var team = await TeamAsync(cycleId);
        // The demo manager is not in this cycle (as if joined after its cut-off); their people are.
        var (managerId, aboveId) = await portal.QueryDbAsync(async db =>
        {
            var manager = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => new { e.Id, e.ManagerId }).SingleAsync();
            await db.Set<PayProposal>().Where(p => p.CycleId == cycleId && p.EmployeeId == manager.Id).ExecuteDeleteAsync();
            return (manager.Id, manager.ManagerId!.Value);
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = await PageAsync(hr, $"/compensation/cycles/{Id(cycleId)}/team?manager={Id(aboveId)}");

        var row = page[page.IndexOf($"data-sub-team=\"{Id(managerId)}\"", StringComparison.Ordinal)..];
        Assert.Contains($"0 of {Id(team.Count)} decided", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Should_send_hr_without_a_team_in_the_review_to_every_department_in_the_cycles()
    {
        await portal.CreateAccountAsync("pay.officer@erm.test", ErmPortal.Web.Seeding.OrganisationSeeder.DemoPassword, Roles.Employee, Roles.Hr);
        var hr = await portal.SignedInClientAsync("pay.officer@erm.test");

        var page = await PageAsync(hr, "/compensation/review");

        Assert.Contains("id=\"no-open-cycle\"", page);
        Assert.Contains("href=\"/compensation/cycles\" class=\"btn btn-outline-primary mt-3\" id=\"hr-cycles-link\"", page);
    }

    [Fact]
    public async Task Should_close_a_cycle_only_once_every_raise_is_approved_and_take_it_out_of_the_pay_review()
    {
        var cycleId = await OpenCycleAsync("Cycle to close", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        // With the demo's open review as well, the manager chooses between the reviews their team is in.
        Assert.Contains($"data-pay-review=\"{Id(cycleId)}\"", await PageAsync(manager, "/compensation/review"));

        async Task<HttpResponseMessage> CloseAsync() => await hr.PostFormAsync($"/compensation/cycles/{Id(cycleId)}", $"/compensation/cycles/{Id(cycleId)}/close",
            new() { ["version"] = (await portal.QueryDbAsync(db => db.Set<CompensationCycle>().Where(c => c.Id == cycleId).Select(c => c.Version).SingleAsync())).ToString() });

        var people = await portal.QueryDbAsync(db => db.Set<PayProposal>().CountAsync(p => p.CycleId == cycleId));
        Assert.Equal(HttpStatusCode.Redirect, (await CloseAsync()).StatusCode);
        Assert.Matches(@"\d+ proposals are not approved yet", await PageAsync(hr, $"/compensation/cycles/{Id(cycleId)}"));
        Assert.Equal(CompensationCycleStatus.Open, await portal.QueryDbAsync(db => db.Set<CompensationCycle>().Where(c => c.Id == cycleId).Select(c => c.Status).SingleAsync()));

        await portal.QueryDbAsync<int>(async db =>
        {
            foreach (var p in await db.Set<PayProposal>().Where(p => p.CycleId == cycleId).ToListAsync())
            {
                p.Propose(1, "Steady year", null, null, DateTime.UtcNow);
                p.Submit();
                p.Approve();
            }
            return await db.SaveChangesAsync();
        });
        Assert.Contains("id=\"close-cycle\"", await PageAsync(hr, $"/compensation/cycles/{Id(cycleId)}"));
        Assert.Equal(HttpStatusCode.Redirect, (await CloseAsync()).StatusCode);

        var closed = await PageAsync(hr, $"/compensation/cycles/{Id(cycleId)}");
        Assert.Contains("The cycle is closed. Approved raises take effect on its day.", closed);
        Assert.DoesNotContain("id=\"close-cycle\"", closed);
        Assert.DoesNotContain($"data-pay-review=\"{Id(cycleId)}\"", await PageAsync(manager, "/compensation/review"));
        Assert.DoesNotContain($"data-pay-review=\"{Id(cycleId)}\"", await PageAsync(manager, "/"));
        // Closing loses nothing: the raises wait for their day.
        Assert.Equal(people, await portal.QueryDbAsync(db => db.Set<PayProposal>().CountAsync(p => p.CycleId == cycleId && p.Status == ProposalStatus.Approved)));
    }

    [Fact]
    public async Task Should_ask_why_for_a_raise_outside_the_guideline_and_keep_the_other_rows()
    {
        var cycleId = await OpenCycleAsync("Cycle outside guideline", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var team = await TeamAsync(cycleId);
        var outside = team.First(p => p.Maximum is not null);
        var other = team.First(p => p.Id != outside.Id);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        var response = await SaveAsync(manager, cycleId, Rows([(outside, outside.Maximum + 3, null), (other, Within(other), null)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("This raise is outside the guideline: say why.", page);
        // What was typed comes back in the row, and the other row is saved.
        Assert.Contains($"value=\"{(outside.Maximum + 3)!.Value.ToString(CultureInfo.InvariantCulture)}\"", page);
        var stored = await portal.QueryDbAsync(db => db.Set<PayProposal>().Where(p => p.Id == outside.Id || p.Id == other.Id).ToDictionaryAsync(p => p.Id));
        Assert.Null(stored[outside.Id].RaiseBasisPoints);
        Assert.NotNull(stored[other.Id].RaiseBasisPoints);

        var fresh = (await TeamAsync(cycleId)).Single(p => p.Id == outside.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(manager, cycleId, Rows([(fresh, outside.Maximum + 3, "Took over the team lead's duties")]))).StatusCode);
        Assert.Equal("Took over the team lead's duties",
            await portal.QueryDbAsync(db => db.Set<PayProposal>().Where(p => p.Id == outside.Id).Select(p => p.Justification).SingleAsync()));
    }

    [Fact]
    public async Task Should_refuse_to_submit_over_budget_or_undecided_and_submit_within_budget()
    {
        var cycleId = await OpenCycleAsync("Cycle budget", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var team = await TeamAsync(cycleId);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        var undecided = await SaveAsync(manager, cycleId, Rows(team.Take(1).Select(p => (p, (decimal?)1m, (string?)"Steady year")), submit: true));
        Assert.Contains($"Not submitted: {Id(team.Count - 1)} people have no raise yet.", WebUtility.HtmlDecode(await undecided.Content.ReadAsStringAsync()));
        // The one raise given is saved, and the manager's home card counts it.
        Assert.Contains($"1 of {Id(team.Count)} decided, 0 submitted", ReviewCard(await PageAsync(manager, "/"), cycleId));

        // Everyone at the top of their range plus a reason: far more than a 3% budget.
        team = await TeamAsync(cycleId);
        var over = await SaveAsync(manager, cycleId, Rows(team.Select(p => (p, (decimal?)20m, (string?)"Market moved")), submit: true));
        var overPage = WebUtility.HtmlDecode(await over.Content.ReadAsStringAsync());
        Assert.Contains("Not submitted: the raises come to", overPage);
        Assert.Contains("over the team's budget of " + Money(team.Sum(p => p.BudgetMinor)), overPage);
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Set<PayProposal>().CountAsync(p => p.CycleId == cycleId && p.Status != ProposalStatus.Draft)));

        team = await TeamAsync(cycleId);
        var within = await SaveAsync(manager, cycleId, Rows(team.Select(p => (p, (decimal?)1m, (string?)"Steady year")), submit: true));
        Assert.Equal(HttpStatusCode.Redirect, within.StatusCode);
        Assert.Equal(team.Count, await portal.QueryDbAsync(db => db.Set<PayProposal>().CountAsync(p => p.CycleId == cycleId && p.Status == ProposalStatus.Submitted)));
        var card = ReviewCard(await PageAsync(manager, "/"), cycleId);
        Assert.Contains($"{Id(team.Count)} of {Id(team.Count)} decided, {Id(team.Count)} submitted", card);
        var proposed = await portal.QueryDbAsync(db => db.Set<PayProposal>().Where(p => p.CycleId == cycleId && p.Status == ProposalStatus.Submitted).SumAsync(p => p.RaiseAnnualMinor));
        Assert.Contains(Money(team.Sum(p => p.BudgetMinor) - proposed) + " left in the budget", card);
    }

    /// <summary>The manager's card of one cycle, on a page listing their pay reviews.</summary>
    private static string ReviewCard(string page, int cycleId)
    {
        var start = page.IndexOf($"data-pay-review=\"{Id(cycleId)}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The cycle is not among the manager's pay reviews.");
        var next = page.IndexOf("data-pay-review=", start + 1, StringComparison.Ordinal);
        return next < 0 ? page[start..] : page[start..next];
    }

    [Fact]
    public async Task Should_not_let_a_stale_page_overwrite_a_proposal_someone_else_saved()
    {
        var cycleId = await OpenCycleAsync("Cycle concurrency", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var stale = (await TeamAsync(cycleId)).First(p => p.Minimum is not null && p.Maximum > p.Minimum);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var managerId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync());

        var hrRows = Rows([(stale, stale.Maximum, null)]);
        hrRows["ManagerId"] = Id(managerId);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(hr, cycleId, hrRows)).StatusCode);

        var response = await SaveAsync(manager, cycleId, Rows([(stale, stale.Minimum, null)]));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Someone else changed this proposal meanwhile: it now says " + stale.Maximum!.Value.ToString("0.##", CultureInfo.InvariantCulture) + "%", page);
        Assert.Equal((int)(stale.Maximum * 100), await portal.QueryDbAsync(db => db.Set<PayProposal>().Where(p => p.Id == stale.Id).Select(p => p.RaiseBasisPoints).SingleAsync()));
    }

    [Fact]
    public async Task Should_warn_of_a_notice_period_and_a_recent_raise_before_the_manager_decides()
    {
        var cycleId = await OpenCycleAsync("Cycle warnings", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var team = await TeamAsync(cycleId);
        var (leaver, raised) = (team[0].EmployeeId, team[1].EmployeeId);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var leaving = await hr.FormFieldsAsync($"/employees/{Id(leaver)}/leaving");
        leaving["LastDay"] = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        leaving["Reason"] = "Moving abroad";
        leaving["Voluntary"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/employees/{Id(leaver)}/leaving", $"/employees/{Id(leaver)}/leaving", leaving)).StatusCode);
        var recent = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
        await portal.QueryDbAsync(db =>
        {
            db.Add(new SalaryRecord
            {
                EmployeeId = raised, EffectiveOn = recent, AmountMinor = team[1].CurrentAnnualMinor + 500_000, Currency = "EUR",
                Frequency = PayFrequency.Annual, Reason = SalaryChangeReason.MarketAdjustment, CreatedAtUtc = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });

        var page = await PageAsync(await portal.SignedInClientAsync(DemoPeople.Manager), $"/compensation/cycles/{Id(cycleId)}/team");
        var leaverRow = page[page.IndexOf($"data-proposal=\"{Id(team[0].Id)}\"", StringComparison.Ordinal)..];
        Assert.Contains("Notice period running", leaverRow[..leaverRow.IndexOf("</section>", StringComparison.Ordinal)]);
        var raisedRow = page[page.IndexOf($"data-proposal=\"{Id(team[1].Id)}\"", StringComparison.Ordinal)..];
        Assert.Contains("less than six months ago", raisedRow[..raisedRow.IndexOf("</section>", StringComparison.Ordinal)]);
    }

    /// <summary>The department's row of HR's roll-up.</summary>
    private static string RollUpRow(string page, int departmentId)
    {
        var row = page[page.IndexOf($"<tr data-department=\"{Id(departmentId)}\">", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Should_show_a_saved_raise_and_an_approval_on_hrs_roll_up_at_once_when_hr_looked_before()
    {
        var cycleId = await OpenCycleAsync("Cycle roll-up", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var team = await TeamAsync(cycleId);
        var department = await portal.QueryDbAsync(db => db.Set<PayProposal>().Where(p => p.Id == team[0].Id).Select(p => p.DepartmentId).SingleAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var rollUp = $"/compensation/cycles/{Id(cycleId)}";
        Assert.Contains("data-proposed=\"0\"", RollUpRow(await PageAsync(hr, rollUp), department));

        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(manager, cycleId, Rows([(team[0], Within(team[0]), null)]))).StatusCode);
        var raise = await portal.QueryDbAsync(db => db.Set<PayProposal>().Where(p => p.Id == team[0].Id).Select(p => p.RaiseAnnualMinor).SingleAsync());
        Assert.Contains($"data-proposed=\"{raise.ToString(CultureInfo.InvariantCulture)}\"", RollUpRow(await PageAsync(hr, rollUp), department));

        // Everyone in the department submitted (the other managers' people as they would be, at 0%), HR looks, then approves.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(manager, cycleId, Rows((await TeamAsync(cycleId)).Select(p => (p, (decimal?)1m, (string?)"Steady year")), submit: true))).StatusCode);
        await portal.QueryDbAsync(async db =>
        {
            foreach (var p in await db.Set<PayProposal>().Where(p => p.CycleId == cycleId && p.DepartmentId == department && p.Status == ProposalStatus.Draft).ToListAsync())
            {
                p.Propose(0, null, null, null, DateTime.UtcNow);
                p.Submit();
            }
            return await db.SaveChangesAsync();
        });
        const string approved = "class=\"progress-bar bg-success\" style=\"width: 100%\"";
        Assert.DoesNotContain(approved, RollUpRow(await PageAsync(hr, rollUp), department));
        var version = await portal.QueryDbAsync(db => db.Set<DepartmentBudget>().Where(b => b.CycleId == cycleId && b.DepartmentId == department).Select(b => b.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(rollUp, $"{rollUp}/departments/{Id(department)}",
            new() { ["version"] = version.ToString(), ["approve"] = "true", ["comment"] = "" })).StatusCode);

        Assert.Contains(approved, RollUpRow(await PageAsync(hr, rollUp), department));
    }

    [Fact]
    public async Task Should_write_approved_raises_on_the_effective_day_for_the_person_to_see_with_their_letter()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cycleId = await OpenCycleAsync("Cycle effective today", today);
        var team = await TeamAsync(cycleId);
        var employee = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync());
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(manager, cycleId, Rows(team.Select(p => (p, (decimal?)1m, (string?)"Steady year")), submit: true))).StatusCode);

        // Every department with people in the cycle is approved once all its proposals are in; the demo employee's first.
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var department = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == employee).Select(e => e.DepartmentId).SingleAsync());
        await portal.QueryDbAsync<int>(async db =>
        {
            // The other managers' people in the department: submitted as they would be, at 0%.
            foreach (var p in await db.Set<PayProposal>().Where(p => p.CycleId == cycleId && p.DepartmentId == department && p.Status == ProposalStatus.Draft).ToListAsync())
            {
                p.Propose(0, null, null, null, DateTime.UtcNow);
                p.Submit();
            }
            return await db.SaveChangesAsync();
        });
        var version = await portal.QueryDbAsync(db => db.Set<DepartmentBudget>().Where(b => b.CycleId == cycleId && b.DepartmentId == department).Select(b => b.Version).SingleAsync());
        var approved = await hr.PostFormAsync($"/compensation/cycles/{Id(cycleId)}", $"/compensation/cycles/{Id(cycleId)}/departments/{Id(department)}",
            new() { ["version"] = version.ToString(), ["approve"] = "true", ["comment"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var record = await portal.QueryDbAsync(db => db.Set<SalaryRecord>().Where(s => s.EmployeeId == employee && s.ProposalId != null)
            .OrderByDescending(s => s.Id).FirstAsync());
        Assert.Equal(today, record.EffectiveOn);
        Assert.Equal(today, record.AppliedOn);
        var me = await portal.SignedInClientAsync(DemoPeople.Employee);
        var pay = await PageAsync(me, "/me/pay");
        Assert.Contains(Money(record.AmountMinor), pay[pay.IndexOf("id=\"current-salary\"", StringComparison.Ordinal)..]);
        var letter = await PageAsync(me, $"/compensation/people/{Id(employee)}/letters/{Id(record.Id)}");
        Assert.Contains(Money(record.AmountMinor), letter);
        Assert.Contains("+1%", letter);
        Assert.True(await portal.QueryDbAsync(db => db.Set<TimelineEntry>().AnyAsync(t => t.SubjectType == TimelineSubjects.Employee && t.SubjectId == employee && t.Kind == "pay-salary-changed")));
    }

    [Fact]
    public async Task Should_never_show_pay_to_a_colleague_on_any_page_about_the_person()
    {
        var relations = await Relations.FindAsync(portal);
        var amount = 81_937_00L;
        await portal.QueryDbAsync(db =>
        {
            var record = new SalaryRecord
            {
                EmployeeId = relations.TargetId, EffectiveOn = DateOnly.FromDateTime(DateTime.UtcNow), AmountMinor = amount, Currency = "EUR",
                Frequency = PayFrequency.Annual, Reason = SalaryChangeReason.Promotion, CreatedAtUtc = DateTime.UtcNow,
            };
            db.Add(record);
            return db.SaveChangesAsync();
        });
        await portal.SendAsync(DemoPeople.Hr, new ErmPortal.Web.Compensation.Pay.ApplyDuePayChanges.Command());
        var name = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.LegalLastName).SingleAsync());
        var shown = "81,937";

        var peer = await relations.ClientAsync(portal, Viewer.Peer);
        foreach (var url in new[] { $"/employees/{Id(relations.TargetId)}", $"/directory?q={Uri.EscapeDataString(name)}", "/", "/me/notifications" })
            Assert.DoesNotContain(shown, await PageAsync(peer, url));
        foreach (var url in new[] { $"/employees/{Id(relations.TargetId)}/timeline", $"/compensation/people/{Id(relations.TargetId)}",
                     $"/compensation/people/{Id(relations.TargetId)}/total-rewards", $"/compensation/people/{Id(relations.TargetId)}/ledger" })
            Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync(url)).StatusCode);
        // The person's managers and HR do see it, on the person's pay page.
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        Assert.Contains(shown, await PageAsync(manager, $"/compensation/people/{Id(relations.TargetId)}"));
    }

    [Fact]
    public async Task Should_export_the_proposals_with_formulas_written_as_text()
    {
        var cycleId = await OpenCycleAsync("Cycle export", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2));
        var row = (await TeamAsync(cycleId))[0];
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(manager, cycleId, Rows([(row, 30m, "=HYPERLINK(\"http://evil.example\",\"x\")")]))).StatusCode);

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var response = await hr.GetAsync($"/compensation/cycles/{Id(cycleId)}/proposals.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("'=HYPERLINK", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/compensation/cycles/{Id(cycleId)}/proposals.csv")).StatusCode);
    }
}
