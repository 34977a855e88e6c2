using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ErmPortal.Tests.Web;

/// <summary>
/// HR records a person's pay (salary changes, bonuses, allowances, benefit enrolments), keeps the pay bands, the
/// benefits catalogue and the pay settings. Nobody else may record pay, and HR may not record their own.
/// </summary>
public class PayAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> RefusedFormAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Salary(DateOnly effectiveOn, string amount, string currency = "EUR", string reason = "Merit") => new()
    {
        ["EffectiveOn"] = Day(effectiveOn), ["Amount"] = amount, ["Currency"] = currency, ["Frequency"] = "Annual", ["Reason"] = reason, ["Note"] = "",
    };

    private Task<List<SalaryRecord>> SalariesOfAsync(int employeeId) =>
        portal.QueryDbAsync(db => db.Set<SalaryRecord>().AsNoTracking().Where(s => s.EmployeeId == employeeId).ToListAsync());

    /// <summary>Someone in the demo organisation with a salary, other than the demo accounts, so each test has a person of its own.</summary>
    private Task<int> PersonAsync(int skip) => portal.QueryDbAsync(db => db.Employees
        .Where(e => e.Status != ErmPortal.Data.Organisation.EmployeeStatus.Left && !DemoPeople.All.Contains(e.WorkEmail)
                    && db.Set<SalaryRecord>().Any(s => s.EmployeeId == e.Id))
        .OrderBy(e => e.Id).Skip(skip).Select(e => e.Id).FirstAsync());

    [Fact]
    public async Task Should_put_a_salary_change_dated_today_in_force_at_once_on_the_pay_page_and_the_timeline()
    {
        var personId = await PersonAsync(0);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/compensation/people/{Id(personId)}/salary/new";
        var form = await PageAsync(hr, url);
        Assert.Contains("id=\"current-salary\"", form);

        var response = await hr.PostFormAsync(url, url, Salary(Today, "81234.50", reason: "MarketAdjustment"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/compensation/people/{Id(personId)}", response.Headers.Location?.OriginalString);
        var page = await PageAsync(hr, $"/compensation/people/{Id(personId)}");
        Assert.Contains("Salary change recorded and in force.", page);
        Assert.Matches("id=\"current-salary\"[\\s\\S]*?81,234.50 EUR", page);
        var record = (await SalariesOfAsync(personId)).Single(s => s.AmountMinor == 81_234_50);
        Assert.Equal(Today, record.AppliedOn);
        Assert.True(await portal.QueryDbAsync(db => db.Set<TimelineEntry>().AnyAsync(t => t.SubjectId == personId && t.Kind == PayTimelineKinds.SalaryChanged)));
    }

    [Fact]
    public async Task Should_keep_a_future_salary_change_waiting_until_the_job_meets_its_day()
    {
        var personId = await PersonAsync(1);
        var before = SalaryHistory.CurrentOn(await SalariesOfAsync(personId), Today)!;
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/compensation/people/{Id(personId)}/salary/new";
        var day = Today.AddDays(10);

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, Salary(day, "99876"))).StatusCode);

        var page = await PageAsync(hr, $"/compensation/people/{Id(personId)}");
        var record = (await SalariesOfAsync(personId)).Single(s => s.AmountMinor == 99_876_00);
        Assert.Contains($"data-upcoming=\"{Id(record.Id)}\"", page);
        Assert.Matches($"id=\"current-salary\"[^§]*?data-amount=\"{before.AmountMinor}\"", page);
        Assert.Null(record.AppliedOn);

        var (dayBefore, onTheDay) = (await ApplyDueChangesOnAsync(day.AddDays(-1), record.Id), await ApplyDueChangesOnAsync(day, record.Id));
        Assert.Null(dayBefore.AppliedOn);
        Assert.Null(dayBefore.Announced);
        Assert.Equal(day, onTheDay.AppliedOn);
        Assert.Equal(before.AmountMinor, onTheDay.Announced!.PreviousAmountMinor);
    }

    /// <summary>The job's handler on a clock set to <paramref name="today"/>, with what it did to one record (nothing is saved).</summary>
    private Task<(DateOnly? AppliedOn, SalaryChanged? Announced)> ApplyDueChangesOnAsync(DateOnly today, int recordId) => portal.AsUserAsync(null, async services =>
    {
        var clock = new Mock<IClock>();
        clock.SetupGet(c => c.UtcNow).Returns(today.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));
        clock.SetupGet(c => c.Today).Returns(today);
        var db = services.GetRequiredService<ErmDbContext>();
        await new ApplyDuePayChanges.Handler(db, clock.Object).Handle(new ApplyDuePayChanges.Command(), CancellationToken.None);
        var record = db.ChangeTracker.Entries<SalaryRecord>().Select(e => e.Entity).SingleOrDefault(r => r.Id == recordId);
        return (record?.AppliedOn, record?.DomainEvents.OfType<SalaryChanged>().SingleOrDefault());
    });

    [Fact]
    public async Task Should_show_what_is_wrong_next_to_each_field_of_the_salary_form()
    {
        var personId = await PersonAsync(2);
        var hired = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == personId).Select(e => e.HireDate).SingleAsync());
        var count = (await SalariesOfAsync(personId)).Count;
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/compensation/people/{Id(personId)}/salary/new";

        var page = await RefusedFormAsync(await hr.PostFormAsync(url, url, Salary(hired.AddDays(-1), "0", currency: "EURO")));

        Assert.Matches("id=\"EffectiveOn-error\"[^>]*>A salary cannot take effect before the hire date.", page);
        Assert.Matches("id=\"Amount-error\"[^>]*>Give an amount greater than 0.", page);
        Assert.Matches("id=\"Currency-error\"[^>]*>Give the currency as its three-letter code, such as EUR.", page);
        Assert.Equal(count, (await SalariesOfAsync(personId)).Count);
    }

    [Fact]
    public async Task Should_refuse_recording_pay_to_everyone_but_hr_and_to_hr_for_their_own_pay()
    {
        var relations = await Relations.FindAsync(portal);
        var hrId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Hr).Select(e => e.Id).SingleAsync());
        var count = (await SalariesOfAsync(relations.TargetId)).Count;
        var failures = new List<string>();
        foreach (var viewer in new[] { Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Admin })
        {
            var client = await relations.ClientAsync(portal, viewer);
            foreach (var form in new[] { "salary/new", "bonuses/new", "allowances/new", "benefits/enrol" })
            {
                var url = $"/compensation/people/{Id(relations.TargetId)}/{form}";
                if ((await client.GetAsync(url)).StatusCode != HttpStatusCode.NotFound) failures.Add($"{viewer} GET {form}");
            }
            var salaryUrl = $"/compensation/people/{Id(relations.TargetId)}/salary/new";
            var post = await client.PostFormAsync("/account/password", salaryUrl, Salary(Today, "123456"));
            if (post.StatusCode != HttpStatusCode.NotFound) failures.Add($"{viewer} POST salary: {(int)post.StatusCode}");
        }
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var own = $"/compensation/people/{Id(hrId)}/salary/new";
        if ((await hr.GetAsync(own)).StatusCode != HttpStatusCode.NotFound) failures.Add("HR opened their own salary form");
        if ((await hr.PostFormAsync("/account/password", own, Salary(Today, "999999"))).StatusCode != HttpStatusCode.NotFound) failures.Add("HR recorded their own salary");
        Assert.DoesNotContain(await PageAsync(hr, $"/compensation/people/{Id(hrId)}"), "id=\"pay-actions\"");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(count, (await SalariesOfAsync(relations.TargetId)).Count);
        Assert.False(await portal.QueryDbAsync(db => db.Set<SalaryRecord>().AnyAsync(s => s.EmployeeId == hrId && s.AmountMinor == 999_999_00)));
    }

    [Fact]
    public async Task Should_add_a_bonus_and_an_allowance_then_end_the_allowance_on_the_pay_page()
    {
        var personId = await PersonAsync(3);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var person = $"/compensation/people/{Id(personId)}";

        var bonus = await hr.PostFormAsync($"{person}/bonuses/new", $"{person}/bonuses/new",
            new() { ["PaidOn"] = Day(Today), ["Kind"] = "Spot", ["Amount"] = "777.25", ["Currency"] = "eur", ["Note"] = "For the migration weekend" });
        Assert.Equal(HttpStatusCode.Redirect, bonus.StatusCode);
        var page = await PageAsync(hr, person);
        Assert.Contains("Bonus recorded.", page);
        Assert.Matches("id=\"bonuses\"[\\s\\S]*?For the migration weekend[\\s\\S]*?777.25 EUR", page);

        var fields = new Dictionary<string, string>
        {
            ["Kind"] = "Housing", ["MonthlyAmount"] = "321", ["Currency"] = "EUR", ["StartsOn"] = Day(Today.AddDays(-30)), ["EndsOn"] = Day(Today.AddDays(-31)), ["Note"] = "",
        };
        var refused = await RefusedFormAsync(await hr.PostFormAsync($"{person}/allowances/new", $"{person}/allowances/new", fields));
        Assert.Matches("id=\"EndsOn-error\"[^>]*>The end cannot be before the start.", refused);

        fields["EndsOn"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"{person}/allowances/new", $"{person}/allowances/new", fields)).StatusCode);
        var allowance = await portal.QueryDbAsync(db => db.Set<Allowance>().SingleAsync(a => a.EmployeeId == personId && a.MonthlyAmountMinor == 321_00));
        Assert.Null(allowance.EndsOn);
        Assert.Contains($"id=\"end-allowance-{Id(allowance.Id)}\"", await PageAsync(hr, person));

        var end = await hr.PostFormAsync(person, $"{person}/allowances/{Id(allowance.Id)}/end", new() { ["endsOn"] = Day(Today) });
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.Equal(Today, await portal.QueryDbAsync(db => db.Set<Allowance>().Where(a => a.Id == allowance.Id).Select(a => a.EndsOn).SingleAsync()));
        Assert.Contains("Allowance ended.", await PageAsync(hr, person));
    }

    [Fact]
    public async Task Should_refuse_enrolling_twice_in_a_benefit_over_overlapping_dates_and_allow_it_after_the_first_ends()
    {
        var personId = await PersonAsync(4);
        var benefit = await portal.QueryDbAsync(db => db.Set<Benefit>().Where(b => b.IsOffered && !db.Set<BenefitEnrolment>().Any(e => e.EmployeeId == personId && e.BenefitId == b.Id))
            .OrderBy(b => b.Id).FirstAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var person = $"/compensation/people/{Id(personId)}";
        var enrol = $"{person}/benefits/enrol";
        var enrolledBefore = await EnrolledTodayAsync(hr, benefit.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(enrol, enrol, new() { ["BenefitId"] = Id(benefit.Id), ["StartsOn"] = Day(Today) })).StatusCode);
        Assert.Matches($"id=\"benefits\"[\\s\\S]*?{Regex.Escape(benefit.Name)}", await PageAsync(hr, person));
        Assert.Equal(enrolledBefore + 1, await EnrolledTodayAsync(hr, benefit.Id));

        var twice = await RefusedFormAsync(await hr.PostFormAsync(enrol, enrol, new() { ["BenefitId"] = Id(benefit.Id), ["StartsOn"] = Day(Today.AddMonths(2)) }));
        Assert.Matches("id=\"BenefitId-error\"[^>]*>Already enrolled in this benefit on those dates: end that enrolment first.", twice);

        var enrolment = await portal.QueryDbAsync(db => db.Set<BenefitEnrolment>().SingleAsync(e => e.EmployeeId == personId && e.BenefitId == benefit.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(person, $"{person}/benefits/{Id(enrolment.Id)}/end", new() { ["endsOn"] = Day(Today.AddMonths(1)) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(enrol, enrol, new() { ["BenefitId"] = Id(benefit.Id), ["StartsOn"] = Day(Today.AddMonths(2)) })).StatusCode);
        Assert.Equal(2, await portal.QueryDbAsync(db => db.Set<BenefitEnrolment>().CountAsync(e => e.EmployeeId == personId && e.BenefitId == benefit.Id)));
    }

    private static async Task<int> EnrolledTodayAsync(HttpClient hr, int benefitId) =>
        int.Parse(Regex.Match(await PageAsync(hr, "/compensation/benefits"), $"data-benefit=\"{Id(benefitId)}\"[\\s\\S]*?data-enrolled=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Should_offer_a_retired_benefit_to_nobody_new_until_it_is_offered_again()
    {
        var personId = await PersonAsync(5);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var fields = new Dictionary<string, string>
        {
            ["Name"] = "Sauna pass", ["Category"] = "Wellbeing", ["Description"] = "", ["EmployerCost"] = "240", ["Currency"] = "EUR", ["CostFrequency"] = "Annual",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/compensation/benefits/new", "/compensation/benefits/new", fields)).StatusCode);
        var duplicate = await RefusedFormAsync(await hr.PostFormAsync("/compensation/benefits/new", "/compensation/benefits/new", fields));
        Assert.Matches("id=\"Name-error\"[^>]*>Another benefit already has this name.", duplicate);
        var sauna = await portal.QueryDbAsync(db => db.Set<Benefit>().SingleAsync(b => b.Name == "Sauna pass"));
        Assert.Equal(24_000, sauna.EmployerCostMinor);
        var enrol = $"/compensation/people/{Id(personId)}/benefits/enrol";
        Assert.Contains($"<option value=\"{Id(sauna.Id)}\">", await PageAsync(hr, enrol));

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/compensation/benefits", $"/compensation/benefits/{Id(sauna.Id)}/retire", [])).StatusCode);

        Assert.Matches($"data-benefit=\"{Id(sauna.Id)}\"[^>]*>\\s*<th[^>]*><bdi>Sauna pass</bdi>\\s*<span[^>]*data-retired", await PageAsync(hr, "/compensation/benefits"));
        Assert.DoesNotContain($"<option value=\"{Id(sauna.Id)}\">", await PageAsync(hr, enrol));
        var refused = await RefusedFormAsync(await hr.PostFormAsync(enrol, enrol, new() { ["BenefitId"] = Id(sauna.Id), ["StartsOn"] = Day(Today) }));
        Assert.Matches("id=\"BenefitId-error\"[^>]*>Choose one of the benefits on offer.", refused);

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/compensation/benefits", $"/compensation/benefits/{Id(sauna.Id)}/offer", [])).StatusCode);
        Assert.Contains($"<option value=\"{Id(sauna.Id)}\">", await PageAsync(hr, enrol));
    }

    [Fact]
    public async Task Should_count_people_in_below_and_above_each_band_and_flag_those_outside_with_a_link_to_their_pay()
    {
        var personId = await PersonAsync(6);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/compensation/people/{Id(personId)}/salary/new";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, Salary(Today, "9000000"))).StatusCode);

        var page = await PageAsync(hr, "/compensation/bands");

        var (bands, salaries, levels) = await portal.QueryDbAsync(async db => (
            await db.Set<PayBand>().AsNoTracking().ToListAsync(),
            await db.Set<SalaryRecord>().AsNoTracking().Where(s => s.Employee.Status != ErmPortal.Data.Organisation.EmployeeStatus.Left).ToListAsync(),
            await db.Employees.Select(e => new { e.Id, e.Position.Level }).ToDictionaryAsync(e => e.Id, e => e.Level)));
        var current = salaries.GroupBy(s => s.EmployeeId).Select(g => SalaryHistory.CurrentOn(g, Today)).OfType<SalaryRecord>().ToList();
        foreach (var band in bands)
        {
            var placed = current.Where(s => levels[s.EmployeeId] == band.Level && s.Currency == band.Currency).ToList();
            var row = Regex.Match(page, $"data-band=\"{Id(band.Id)}\"[\\s\\S]*?data-below=\"(\\d+)\"[\\s\\S]*?data-within=\"(\\d+)\"[\\s\\S]*?data-above=\"(\\d+)\"");
            Assert.Equal(
                (placed.Count(s => s.AnnualMinor < band.MinimumMinor), placed.Count(s => !band.IsOutOfBand(s.AnnualMinor)), placed.Count(s => s.AnnualMinor > band.MaximumMinor)),
                (int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(row.Groups[3].Value, CultureInfo.InvariantCulture)));
        }
        // Furthest out first: ten million a year is far above any demo band.
        Assert.Matches($"id=\"out-of-band\"[\\s\\S]*?<tbody>\\s*<tr data-person=\"{Id(personId)}\">[\\s\\S]*?href=\"/compensation/people/{Id(personId)}\"[\\s\\S]*?above the maximum", page);
        var outside = current.Count(s => bands.SingleOrDefault(b => b.Level == levels[s.EmployeeId] && b.Currency == s.Currency) is { } b && b.IsOutOfBand(s.AnnualMinor));
        Assert.Contains(outside > 25 ? $"Showing 1–25 of {outside}" : $"Showing 1–{outside} of {outside}", page);
    }

    [Fact]
    public async Task Should_check_a_new_band_and_refuse_a_second_band_for_the_same_level_and_currency()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = "/compensation/bands/new";
        var fields = new Dictionary<string, string> { ["Level"] = "3", ["Currency"] = "EUR", ["Minimum"] = "50000", ["Midpoint"] = "45000", ["Maximum"] = "40000" };

        var page = await RefusedFormAsync(await hr.PostFormAsync(url, url, fields));

        Assert.Matches("id=\"Level-error\"[^>]*>This level already has a band in this currency: edit that band instead.", page);
        Assert.Matches("id=\"Midpoint-error\"[^>]*>The midpoint must lie between the minimum and the maximum.", page);
        Assert.Matches("id=\"Maximum-error\"[^>]*>The maximum cannot be below the minimum.", page);

        fields = new() { ["Level"] = "3", ["Currency"] = "chf", ["Minimum"] = "60000", ["Midpoint"] = "75000", ["Maximum"] = "90000" };
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, fields)).StatusCode);
        var band = await portal.QueryDbAsync(db => db.Set<PayBand>().SingleAsync(b => b.Level == 3 && b.Currency == "CHF"));
        Assert.Equal((60_000_00, 75_000_00, 90_000_00), (band.MinimumMinor, band.MidpointMinor, band.MaximumMinor));
        Assert.Contains($"data-band=\"{Id(band.Id)}\"", await PageAsync(hr, "/compensation/bands"));
    }

    [Fact]
    public async Task Should_refuse_a_band_edit_from_a_form_opened_before_someone_else_saved()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var band = await portal.QueryDbAsync(db => db.Set<PayBand>().OrderBy(b => b.Id).Skip(4).FirstAsync());
        var url = $"/compensation/bands/{Id(band.Id)}/edit";
        var first = await hr.FormFieldsAsync(url);
        var second = await hr.FormFieldsAsync(url);

        first["Maximum"] = "999999";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, first)).StatusCode);
        second["Minimum"] = "1";
        var page = await RefusedFormAsync(await hr.PostFormAsync(url, url, second));

        Assert.Contains("Someone else saved this band after you opened the form.", page);
        var now = await portal.QueryDbAsync(db => db.Set<PayBand>().AsNoTracking().SingleAsync(b => b.Id == band.Id));
        Assert.Equal((band.MinimumMinor, 999_999_00L), (now.MinimumMinor, now.MaximumMinor));
    }

    [Fact]
    public async Task Should_show_employees_their_band_as_the_pay_settings_say_and_write_the_settings_row_when_missing()
    {
        await portal.QueryDbAsync(db => db.Set<PayPolicy>().ExecuteDeleteAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var settings = await PageAsync(hr, "/compensation/settings");
        Assert.Contains("Employees see the band's minimum, midpoint and maximum, and their compa-ratio.", settings);
        var stale = await hr.FormFieldsAsync("/compensation/settings");

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/compensation/settings", "/compensation/settings",
            new() { ["BandDisplay"] = "FullRange", ["Version"] = stale["Version"] })).StatusCode);
        Assert.Equal(BandDisplay.FullRange, await portal.QueryDbAsync(db => db.Set<PayPolicy>().Select(p => p.BandDisplay).SingleAsync()));
        Assert.Contains("id=\"band-range\"", await PageAsync(employee, "/me/pay"));

        var conflict = await RefusedFormAsync(await hr.PostFormAsync("/compensation/settings", "/compensation/settings",
            new() { ["BandDisplay"] = "Hidden", ["Version"] = stale["Version"] }));
        Assert.Contains("Someone else saved the pay settings after you opened them.", conflict);

        var fresh = await hr.FormFieldsAsync("/compensation/settings");
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/compensation/settings", "/compensation/settings",
            new() { ["BandDisplay"] = "Hidden", ["Version"] = fresh["Version"] })).StatusCode);
        Assert.DoesNotContain("id=\"band-place\"", await PageAsync(employee, "/me/pay"));
    }

    [Fact]
    public async Task Should_show_hr_the_pay_tabs_and_the_recorded_pay_in_the_audit_log()
    {
        var personId = await PersonAsync(7);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/compensation/people/{Id(personId)}/salary/new";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, url, Salary(Today, "67890"))).StatusCode);
        var bonus = $"/compensation/people/{Id(personId)}/bonuses/new";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(bonus, bonus,
            new() { ["PaidOn"] = Day(Today), ["Kind"] = "Retention", ["Amount"] = "4321", ["Currency"] = "EUR" })).StatusCode);

        var audit = await PageAsync(hr, $"/audit?employeeId={Id(personId)}");
        Assert.Contains("6789000 EUR Annual", audit);
        Assert.Contains("432100 EUR (Retention)", audit);

        var pay = await PageAsync(hr, $"/compensation/people/{Id(personId)}");
        foreach (var tab in new[] { "bands", "benefits", "settings" }) Assert.Contains($"id=\"pay-tab-{tab}\"", pay);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.DoesNotContain("id=\"pay-tab-bands\"", await PageAsync(employee, "/me/pay"));
    }
}
