using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Reviews.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// HR's review cycles through HTTP: drafting with the form's checks, launching to exactly the people in scope, moving
/// through the phases to closing, the overview's figures and who is late, and the reminders to them.
/// </summary>
public class ReviewCycleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid form: the default scale and competencies, the self-assessment due three days ago (so those who owe it are late).</summary>
    private static Dictionary<string, string> Form(string name, ReviewCycleScope scope = ReviewCycleScope.Everyone, IEnumerable<int>? departments = null,
        string? emails = null, DateOnly? hiredBy = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name, ["PeriodStart"] = Iso(Today.AddYears(-1)), ["PeriodEnd"] = Iso(Today.AddDays(60)), ["Scope"] = scope.ToString(),
            ["PeopleEmails"] = emails ?? "", ["HiredOnOrBefore"] = hiredBy is { } h ? Iso(h) : "", ["Competencies"] = "Collaboration\nOwnership",
        };
        foreach (var (id, i) in (departments ?? []).Select((d, i) => (d, i))) fields[$"DepartmentIds[{i}]"] = id.ToString(CultureInfo.InvariantCulture);
        foreach (var (level, i) in ReviewCycle.DefaultScale.Select((l, i) => (l, i)))
            (fields[$"Levels[{i}].Label"], fields[$"Levels[{i}].GuidelinePercent"]) = (level.Label, level.GuidelinePercent.ToString(CultureInfo.InvariantCulture));
        int[] offsets = [-10, -3, 10, 17, 24, 31, 38];
        foreach (var (phase, i) in Enum.GetValues<ReviewPhase>().Where(p => p is not (ReviewPhase.Draft or ReviewPhase.Closed)).Select((p, i) => (p, i)))
            (fields[$"Deadlines[{i}].Phase"], fields[$"Deadlines[{i}].DueOn"]) = (phase.ToString(), Iso(Today.AddDays(offsets[i])));
        return fields;
    }

    private static async Task<int> CreateAsync(HttpClient hr, Dictionary<string, string> form)
    {
        var response = await hr.PostFormAsync("/reviews/cycles/new", "/reviews/cycles/new", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Regex.Match(response.Headers.Location!.ToString(), @"/reviews/cycles/(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private Task<Guid> VersionAsync(int cycleId) => portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Id == cycleId).Select(c => c.Version).FirstAsync());

    private async Task<HttpResponseMessage> PostButtonAsync(HttpClient hr, int cycleId, string action) =>
        await hr.PostFormAsync($"/reviews/cycles/{cycleId}", $"/reviews/cycles/{cycleId}/{action}",
            new() { ["version"] = (await VersionAsync(cycleId)).ToString() });

    private async Task LaunchAsync(HttpClient hr, int cycleId)
    {
        var response = await PostButtonAsync(hr, cycleId, "launch");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReviewPhase.GoalSetting, await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Id == cycleId).Select(c => c.Phase).FirstAsync()));
    }

    private async Task AdvanceAsync(HttpClient hr, int cycleId, ReviewPhase to)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await PostButtonAsync(hr, cycleId, "advance")).StatusCode);
        Assert.Equal(to, await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Id == cycleId).Select(c => c.Phase).FirstAsync()));
    }

    /// <summary>A few people of one department who can sign in, with their managers, for small cycles.</summary>
    private Task<List<(int Id, string Email, int? ManagerId, int DepartmentId)>> PeopleAsync(int count) =>
        portal.QueryDbAsync(async db => (await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.UserId != null && e.ManagerId != null
                && !e.WorkEmail.StartsWith("hr@") && !e.WorkEmail.StartsWith("employee@") && !e.WorkEmail.StartsWith("manager@"))
            .OrderByDescending(e => e.Id).Take(count).Select(e => new { e.Id, e.WorkEmail, e.ManagerId, e.DepartmentId }).ToListAsync())
            .Select(e => (e.Id, e.WorkEmail, e.ManagerId, e.DepartmentId)).ToList());

    [Fact]
    public async Task Should_show_each_problem_next_to_its_field_when_the_draft_is_invalid()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var form = Form("", ReviewCycleScope.Departments);
        form["Levels[0].GuidelinePercent"] = "15"; // the scale now adds up to 110
        form["Deadlines[2].DueOn"] = Iso(Today.AddDays(-20)); // the manager assessment before the self-assessment
        form["Competencies"] = "";

        var response = await hr.PostFormAsync("/reviews/cycles/new", "/reviews/cycles/new", form);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"Name-error\"[^>]*>[^<]*is required", page);
        Assert.Matches("id=\"DepartmentIds-error\"[^>]*>Choose at least one department.", page);
        Assert.Matches("id=\"Levels-error\"[^>]*>The guideline percentages add up to 100.", page);
        Assert.Matches("id=\"Competencies-error\"[^>]*>Name at least one competency to rate.", page);
        Assert.Matches(@"id=""Deadlines_2__DueOn-error""[^>]*>A phase is due on or after the one before it.", page);
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Set<ReviewCycle>().CountAsync(c => c.Name == "")));
    }

    [Fact]
    public async Task Should_name_the_unknown_email_when_a_list_of_people_has_one()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var people = await PeopleAsync(1);
        var form = Form("Unknown person", ReviewCycleScope.People, emails: $"{people[0].Email}\nnobody-here@erm.demo");

        var page = WebUtility.HtmlDecode(await (await hr.PostFormAsync("/reviews/cycles/new", "/reviews/cycles/new", form)).Content.ReadAsStringAsync());

        Assert.Matches("id=\"PeopleEmails-error\"[^>]*>Nobody still working here has the work email nobody-here@erm.demo.", page);
    }

    [Fact]
    public async Task Should_refuse_a_stale_edit_and_keep_the_first_when_two_people_edit_a_draft()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await CreateAsync(hr, Form("Mid-year check"));
        var first = await hr.FormFieldsAsync($"/reviews/cycles/{id}/edit");
        var second = await hr.FormFieldsAsync($"/reviews/cycles/{id}/edit");
        // The form reader takes every input's value; of the choices, the ones the form had chosen.
        foreach (var form in new[] { first, second })
        {
            form["Scope"] = nameof(ReviewCycleScope.Everyone);
            form.Remove("DepartmentIds");
        }

        first["Name"] = "Mid-year check 2";
        first["Levels[5].Label"] = "Exceptional";
        first["Levels[4].GuidelinePercent"] = "3";
        first["Levels[5].GuidelinePercent"] = "2";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/reviews/cycles/{id}/edit", $"/reviews/cycles/{id}/edit", first)).StatusCode);
        second["Name"] = "Mid-year check (stale)";
        var stale = WebUtility.HtmlDecode(await (await hr.PostFormAsync($"/reviews/cycles/{id}/edit", $"/reviews/cycles/{id}/edit", second)).Content.ReadAsStringAsync());

        Assert.Contains("Someone else saved this cycle after you opened the form.", stale);
        Assert.Contains("Changed meanwhile to: Mid-year check 2", stale);
        var cycle = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Include(c => c.RatingLevels).FirstAsync(c => c.Id == id));
        Assert.Equal("Mid-year check 2", cycle.Name);
        Assert.Equal(6, cycle.RatingLevels.Count);
        Assert.Equal("Exceptional", cycle.RatingLevels.Single(l => l.Value == 6).Label);
    }

    [Fact]
    public async Task Should_review_the_department_less_leavers_and_late_hires_with_their_managers_when_launched()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var department = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Status != EmployeeStatus.Left)
            .GroupBy(e => e.DepartmentId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        var cutOff = Today.AddYears(-1);
        var id = await CreateAsync(hr, Form("Department review", ReviewCycleScope.Departments, [department], hiredBy: cutOff));

        await LaunchAsync(hr, id);

        var expected = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.DepartmentId == department && e.Status != EmployeeStatus.Left && e.HireDate <= cutOff)
            .Select(e => new { e.Id, e.ManagerId }).OrderBy(e => e.Id).ToListAsync());
        var reviews = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.CycleId == id)
            .Select(r => new { Id = r.EmployeeId, ManagerId = r.ReviewerId, r.DepartmentId }).OrderBy(r => r.Id).ToListAsync());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, reviews.Select(r => new { r.Id, r.ManagerId }).ToList());
        Assert.All(reviews, r => Assert.Equal(department, r.DepartmentId));
        // The department has people outside the cycle: hired after the cut-off, or gone.
        Assert.True(await portal.QueryDbAsync(db => db.Employees.AnyAsync(e => e.DepartmentId == department && (e.HireDate > cutOff || e.Status == EmployeeStatus.Left))));
    }

    [Fact]
    public async Task Should_review_only_the_people_listed_who_have_not_left_when_launched()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var people = await PeopleAsync(3);
        var id = await CreateAsync(hr, Form("Listed people", ReviewCycleScope.People, emails: string.Join("\n", people.Select(p => p.Email.ToUpperInvariant()))));
        // One of them leaves before the launch.
        await portal.QueryDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Employees SET Status = 'Left' WHERE Id = {people[2].Id}"));

        await LaunchAsync(hr, id);

        var reviewed = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.CycleId == id).Select(r => r.EmployeeId).OrderBy(e => e).ToListAsync());
        Assert.Equal(people.Take(2).Select(p => p.Id).Order(), reviewed);
    }

    [Fact]
    public async Task Should_finalize_only_the_shared_reviews_when_the_cycle_closes()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var people = await PeopleAsync(3);
        var id = await CreateAsync(hr, Form("To close", ReviewCycleScope.People, emails: string.Join("\n", people.Select(p => p.Email))));
        await LaunchAsync(hr, id);
        await AdvanceAsync(hr, id, ReviewPhase.SelfAssessment);
        await WriteAsync(id, (review, at) => { review.SubmitSelfAssessment(ReviewPhase.SelfAssessment, at); review.ManagerRating = 3; review.SubmitManagerAssessment(ReviewPhase.SelfAssessment, at); },
            people[0].Id, people[1].Id);
        await AdvanceAsync(hr, id, ReviewPhase.ManagerAssessment);
        await AdvanceAsync(hr, id, ReviewPhase.Calibration);
        await AdvanceAsync(hr, id, ReviewPhase.Sharing);
        await WriteAsync(id, (review, at) => review.Share(ReviewPhase.Sharing, at), people[0].Id, people[1].Id);
        await AdvanceAsync(hr, id, ReviewPhase.Acknowledgement);
        await WriteAsync(id, (review, at) => review.Acknowledge(at.AddDays(-1)), people[0].Id);
        var acknowledgedAt = await FinalizedAtAsync(id, people[0].Id);

        await AdvanceAsync(hr, id, ReviewPhase.Closed);

        Assert.Equal(acknowledgedAt, await FinalizedAtAsync(id, people[0].Id));
        Assert.NotNull(await FinalizedAtAsync(id, people[1].Id));
        Assert.Null(await FinalizedAtAsync(id, people[2].Id)); // never shared: HR's to look at, not final
        Assert.Equal(HttpStatusCode.Redirect, (await PostButtonAsync(hr, id, "advance")).StatusCode);
        Assert.Equal(ReviewPhase.Closed, await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Where(c => c.Id == id).Select(c => c.Phase).FirstAsync()));
    }

    private Task<DateTime?> FinalizedAtAsync(int cycleId, int employeeId) =>
        portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.CycleId == cycleId && r.EmployeeId == employeeId).Select(r => r.FinalizedAtUtc).FirstAsync());

    /// <summary>Does a person's part of the review through its own methods, as the review pages would.</summary>
    private Task WriteAsync(int cycleId, Action<Review, DateTime> work, params int[] employeeIds) => portal.QueryDbAsync(async db =>
    {
        foreach (var review in await db.Set<Review>().Where(r => r.CycleId == cycleId && employeeIds.Contains(r.EmployeeId)).ToListAsync())
        {
            work(review, DateTime.UtcNow);
            review.TakeDomainEvents();
        }
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Should_count_each_phase_per_department_and_list_who_is_late_when_hr_opens_the_overview()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var people = await PeopleAsync(4);
        var id = await CreateAsync(hr, Form("Overview", ReviewCycleScope.People, emails: string.Join("\n", people.Select(p => p.Email))));
        await LaunchAsync(hr, id);
        await AdvanceAsync(hr, id, ReviewPhase.SelfAssessment);
        await WriteAsync(id, (review, at) => review.SubmitSelfAssessment(ReviewPhase.SelfAssessment, at), people[0].Id);

        var page = await hr.GetStringAsync($"/reviews/cycles/{id}");

        Assert.Contains("<dd class=\"col-sm-8\" data-phase=\"SelfAssessment\" data-done=\"1\">", page);
        var late = Regex.Matches(page, @"<tr data-employee-id=""(\d+)""").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order();
        Assert.Equal(people.Skip(1).Select(p => p.Id).Order(), late);
        Assert.Contains("Late for Self-assessment", page);
        foreach (var department in people.GroupBy(p => p.DepartmentId))
        {
            var row = Regex.Match(page, $@"<tr data-department-id=""{department.Key}"">[\s\S]*?</tr>").Value;
            var done = department.Count(p => p.Id == people[0].Id);
            Assert.Contains($"data-phase=\"SelfAssessment\" data-done=\"{done}\"", row);
            Assert.Contains($"{done} of {department.Count()} done", row);
        }
    }

    [Fact]
    public async Task Should_page_the_late_when_more_are_late_than_a_page_holds()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var id = await CreateAsync(hr, Form("Everyone late"));
        await LaunchAsync(hr, id);
        // Late for goal setting: those with no goal due in the period (the demo gives some people goals).
        var total = await portal.QueryDbAsync(db => db.Set<Review>().CountAsync(r => r.CycleId == id
            && !db.Set<PerformanceGoal>().Any(g => g.EmployeeId == r.EmployeeId && g.TargetDate >= r.Cycle.PeriodStart && g.TargetDate <= r.Cycle.PeriodEnd)));
        Assert.True(total > 25, $"The demo organisation has only {total} people late.");

        var first = await hr.GetStringAsync($"/reviews/cycles/{id}");
        var second = await hr.GetStringAsync($"/reviews/cycles/{id}?page=2");

        var ids = (string page) => Regex.Matches(page, @"<tr data-employee-id=""(\d+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(25, ids(first).Count);
        Assert.Equal(Math.Min(25, total - 25), ids(second).Count);
        Assert.Empty(ids(first).Intersect(ids(second)));
        Assert.Contains($"Showing 1–25 of {total}", first);
    }

    [Fact]
    public async Task Should_notify_and_email_each_person_still_owing_their_part_once_when_hr_sends_reminders()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var people = await PeopleAsync(3);
        var id = await CreateAsync(hr, Form("Reminders", ReviewCycleScope.People, emails: string.Join("\n", people.Select(p => p.Email))));
        await LaunchAsync(hr, id);
        await AdvanceAsync(hr, id, ReviewPhase.SelfAssessment);
        await WriteAsync(id, (review, at) => review.SubmitSelfAssessment(ReviewPhase.SelfAssessment, at), people[0].Id);
        var emailsBefore = await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync());

        var response = await hr.PostFormAsync($"/reviews/cycles/{id}", $"/reviews/cycles/{id}/remind", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reminded = await portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.Kind == RemindLate.Kind && n.Arguments.Contains("\"Reminders\""))
            .Join(db.Employees, n => n.RecipientUserId, e => e.UserId, (n, e) => new { e.Id, n.Link }).ToListAsync());
        Assert.Equal(people.Skip(1).Select(p => p.Id).Order(), reminded.Select(r => r.Id).Order());
        Assert.All(reminded, r => Assert.Equal("/me/reviews", r.Link));
        Assert.Equal(emailsBefore + 2, await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync()));
        Assert.Contains("Reminders sent to 2 people.", await hr.GetStringAsync(response.Headers.Location));
    }

    [Fact]
    public async Task Should_put_the_phase_in_the_digest_of_those_owing_it_a_week_before_and_weekly_once_late()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var people = await PeopleAsync(2);
        var id = await CreateAsync(hr, Form("Digest", ReviewCycleScope.People, emails: string.Join("\n", people.Select(p => p.Email))));
        await LaunchAsync(hr, id);
        await AdvanceAsync(hr, id, ReviewPhase.SelfAssessment);
        await AdvanceAsync(hr, id, ReviewPhase.ManagerAssessment);
        var due = Today.AddDays(10);
        var managerIds = people.Select(p => p.ManagerId).ToList();
        var managers = await portal.QueryDbAsync(db => db.Employees.Where(e => managerIds.Contains(e.Id) && e.UserId != null).Select(e => e.UserId!).ToListAsync());

        async Task<List<string>> RemindedOnAsync(DateOnly day) => await portal.AsUserAsync(null, async sp =>
            (await sp.GetServices<ErmPortal.Web.Notifications.IReminderSource>().OfType<PhaseReminders>().Single().RemindersForAsync(day, CancellationToken.None))
                .Where(i => i.Arguments.Get("cycle") == "Digest").Select(i => i.RecipientUserId).Order().ToList());

        Assert.Equal(managers.Distinct().Order(), await RemindedOnAsync(due.AddDays(-7)));
        Assert.Equal(managers.Distinct().Order(), await RemindedOnAsync(due.AddDays(14)));
        Assert.Empty(await RemindedOnAsync(due.AddDays(-3)));
        Assert.Empty(await RemindedOnAsync(due.AddDays(3)));
    }

    [Theory]
    [InlineData(DemoPeople.Manager)]
    [InlineData(DemoPeople.Employee)]
    [InlineData(DemoPeople.Admin)]
    public async Task Should_refuse_the_cycles_when_the_viewer_is_not_hr(string email)
    {
        var client = await portal.SignedInClientAsync(email);
        var cycle = await portal.QueryDbAsync(db => db.Set<ReviewCycle>().Select(c => c.Id).FirstAsync());
        var token = await client.AntiforgeryTokenAsync("/account/password");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/reviews/cycles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/reviews/cycles/{cycle}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/reviews/cycles/{cycle}/remind",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))).StatusCode);
    }
}
