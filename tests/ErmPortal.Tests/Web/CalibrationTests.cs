using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// HR and skip-level managers calibrate a cycle: the distribution against the guideline, adjustments kept with who, when,
/// from, to and why, refused without a reason, on a stale form or once shared; nobody else finds a cycle or a review.
/// </summary>
public class CalibrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string VersionOn(string page) => Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A cycle in calibration with the target's review (rated 3 by their manager), a shared one and a final one of two colleagues beside them.</summary>
    private async Task<(Relations Relations, int CycleId, int Review, int Shared, int Finalized)> PlantAsync(string name)
    {
        var relations = await Relations.FindAsync(portal);
        // The target and two more people two levels below the skip-level manager.
        var people = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.Manager != null && e.Manager.Manager != null && e.Manager.Manager.WorkEmail == DemoPeople.Manager)
            .Select(e => new { e.Id, e.ManagerId, e.DepartmentId }).OrderBy(e => e.Id == relations.TargetId ? 0 : 1).ThenBy(e => e.Id).Take(3).ToListAsync());
        Assert.Equal(relations.TargetId, people[0].Id);
        Assert.Equal(3, people.Count);
        var (cycleId, ids) = await portal.PlantCycleAsync(name, ReviewPhase.Calibration,
        [
            new(people[0].Id, people[0].ManagerId, people[0].DepartmentId, PlantedState.Rated, 3),
            new(people[1].Id, people[1].ManagerId, people[1].DepartmentId, PlantedState.Shared, 4),
            new(people[2].Id, people[2].ManagerId, people[2].DepartmentId, PlantedState.Finalized, 2),
        ]);
        return (relations, cycleId, ids[0], ids[1], ids[2]);
    }

    private static async Task<HttpResponseMessage> CalibrateAsync(HttpClient client, int reviewId, string version, string rating, string potential, string reason) =>
        await client.PostFormAsync($"/reviews/{reviewId}/calibrate", $"/reviews/{reviewId}/calibrate",
            new() { ["Version"] = version, ["Rating"] = rating, ["Potential"] = potential, ["Reason"] = reason });

    [Fact]
    public async Task Should_keep_and_show_who_when_from_to_and_why_when_hr_adjusts_a_rating()
    {
        var planted = await PlantAsync("Calibration audit");
        var hr = await planted.Relations.ClientAsync(portal, Viewer.Hr);
        var url = $"/reviews/{planted.Review}/calibrate";
        var before = DateTime.UtcNow.AddSeconds(-1);

        var response = await CalibrateAsync(hr, planted.Review, VersionOn(await PageAsync(hr, url)), "4", "High", "Led the migration nobody else could");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hrPerson = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Hr).Select(e => new { e.Id, e.UserId, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }).SingleAsync());
        var kept = await portal.QueryDbAsync(db => db.Set<CalibrationAdjustment>().Where(a => a.ReviewId == planted.Review).ToListAsync());
        var adjustment = Assert.Single(kept);
        Assert.Equal((3, 4, (Potential?)null, (Potential?)Potential.High), (adjustment.FromRating, adjustment.ToRating, adjustment.FromPotential, adjustment.ToPotential));
        Assert.Equal("Led the migration nobody else could", adjustment.Reason);
        Assert.Equal((hrPerson.Id, hrPerson.UserId), (adjustment.AdjustedByEmployeeId, adjustment.AdjustedByUserId));
        Assert.InRange(adjustment.AdjustedAtUtc, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Equal((4, Potential.High), await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.Id == planted.Review).Select(r => new ValueTuple<int, Potential>(r.FinalRating!.Value, r.Potential!.Value)).SingleAsync()));
        // The review's history and the cycle's latest adjustments both say it, to the skip-level manager too.
        var skip = await planted.Relations.ClientAsync(portal, Viewer.SkipLevelManager);
        foreach (var page in new[] { await PageAsync(hr, url), await PageAsync(skip, $"/reviews/cycles/{planted.CycleId}/calibration") })
        {
            Assert.Contains("Led the migration nobody else could", page);
            Assert.Contains(hrPerson.Name, page);
            Assert.Contains("Rating: 3 · Meets expectations → 4 · Exceeds expectations", page);
            Assert.Contains("Potential: No potential given → High potential", page);
        }
    }

    [Fact]
    public async Task Should_write_each_adjustment_to_the_audit_log_for_hr_with_its_values_hidden_from_admin()
    {
        var planted = await PlantAsync("Calibration in the audit log");
        var hr = await planted.Relations.ClientAsync(portal, Viewer.Hr);
        var url = $"/reviews/{planted.Review}/calibrate";
        Assert.Equal(HttpStatusCode.Redirect,
            (await CalibrateAsync(hr, planted.Review, VersionOn(await PageAsync(hr, url)), "2", "Low", "Missed both delivery dates")).StatusCode);

        var log = $"/audit?employeeId={planted.Relations.TargetId}";
        var hrLog = await PageAsync(hr, log);
        Assert.Contains("Calibration · Added", hrLog);
        Assert.Contains("3 → 2, — → Low: Missed both delivery dates", hrLog);
        var adminLog = await PageAsync(await planted.Relations.ClientAsync(portal, Viewer.Admin), log);
        Assert.Contains("Calibration · Added", adminLog);
        Assert.DoesNotContain("Missed both delivery dates", adminLog);
    }

    [Fact]
    public async Task Should_show_the_problem_next_to_the_reason_and_change_nothing_when_no_reason_is_given()
    {
        var planted = await PlantAsync("Calibration without a reason");
        var hr = await planted.Relations.ClientAsync(portal, Viewer.Hr);
        var url = $"/reviews/{planted.Review}/calibrate";

        var response = await CalibrateAsync(hr, planted.Review, VersionOn(await PageAsync(hr, url)), "5", "", "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Say why you make this change: it is kept with it.", Regex.Match(page, "id=\"reason-problem\"[^>]*>.*?</span>", RegexOptions.Singleline).Value);
        Assert.Equal(3, await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.Id == planted.Review).Select(r => r.FinalRating).SingleAsync()));
        Assert.False(await portal.QueryDbAsync(db => db.Set<CalibrationAdjustment>().AnyAsync(a => a.ReviewId == planted.Review)));
    }

    [Fact]
    public async Task Should_refuse_the_change_and_keep_the_first_when_the_form_was_opened_before_someone_else_calibrated()
    {
        var planted = await PlantAsync("Calibration conflict");
        var hr = await planted.Relations.ClientAsync(portal, Viewer.Hr);
        var skip = await planted.Relations.ClientAsync(portal, Viewer.SkipLevelManager);
        var url = $"/reviews/{planted.Review}/calibrate";
        var stale = VersionOn(await PageAsync(hr, url));
        Assert.Equal(HttpStatusCode.Redirect, (await CalibrateAsync(skip, planted.Review, VersionOn(await PageAsync(skip, url)), "2", "Low", "Missed both deadlines")).StatusCode);

        var refused = await CalibrateAsync(hr, planted.Review, stale, "5", "High", "From a tab opened earlier");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else calibrated this review after you opened it", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var kept = await portal.QueryDbAsync(db => db.Set<CalibrationAdjustment>().Where(a => a.ReviewId == planted.Review).Select(a => a.Reason).ToListAsync());
        Assert.Equal(["Missed both deadlines"], kept);
        Assert.Equal(2, await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.Id == planted.Review).Select(r => r.FinalRating).SingleAsync()));
    }

    [Fact]
    public async Task Should_open_the_cycle_and_the_review_for_hr_and_the_skip_level_manager_only_when_others_ask()
    {
        var planted = await PlantAsync("Calibration access");
        var expected = new Dictionary<Viewer, HttpStatusCode>
        {
            [Viewer.Hr] = HttpStatusCode.OK, [Viewer.SkipLevelManager] = HttpStatusCode.OK, [Viewer.Manager] = HttpStatusCode.NotFound,
            [Viewer.Peer] = HttpStatusCode.NotFound, [Viewer.Self] = HttpStatusCode.NotFound, [Viewer.Admin] = HttpStatusCode.NotFound,
        };
        var failures = new List<string>();
        foreach (var (viewer, status) in expected)
        {
            var client = await planted.Relations.ClientAsync(portal, viewer);
            foreach (var url in new[] { $"/reviews/cycles/{planted.CycleId}/calibration", $"/reviews/{planted.Review}/calibrate" })
                if ((await client.GetAsync(url)).StatusCode is var got && got != status) failures.Add($"{viewer} GET {url}: {got}");
        }
        // The direct manager wrote the rating: a post of theirs is told the review does not exist, and changes nothing.
        var manager = await planted.Relations.ClientAsync(portal, Viewer.Manager);
        var token = await manager.AntiforgeryTokenAsync("/account/password");
        var post = await manager.PostAsync($"/reviews/{planted.Review}/calibrate", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["Rating"] = "5", ["Reason"] = "My own report", ["Version"] = Guid.Empty.ToString() }));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await portal.QueryDbAsync(db => db.Set<CalibrationAdjustment>().AnyAsync(a => a.ReviewId == planted.Review)));
        // The list shows the cycle to HR and the skip-level manager, not to the direct manager.
        Assert.Contains($"data-cycle-id=\"{planted.CycleId}\"", await PageAsync(await planted.Relations.ClientAsync(portal, Viewer.SkipLevelManager), "/reviews/calibration"));
        Assert.Contains($"data-cycle-id=\"{planted.CycleId}\"", await PageAsync(await planted.Relations.ClientAsync(portal, Viewer.Hr), "/reviews/calibration"));
        Assert.DoesNotContain($"data-cycle-id=\"{planted.CycleId}\"", await PageAsync(manager, "/reviews/calibration"));
    }

    [Theory]
    [InlineData(PlantedState.Shared, "This review has been shared; its rating no longer changes.")]
    [InlineData(PlantedState.Finalized, "This review is final and can no longer be changed.")]
    public async Task Should_refuse_an_adjustment_and_offer_no_form_when_the_review_is_shared_or_final(PlantedState state, string message)
    {
        var planted = await PlantAsync($"Calibration after sharing {state}");
        var reviewId = state == PlantedState.Shared ? planted.Shared : planted.Finalized;
        var hr = await planted.Relations.ClientAsync(portal, Viewer.Hr);
        var url = $"/reviews/{reviewId}/calibrate";
        var page = await PageAsync(hr, url);
        var rating = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.Id == reviewId).Select(r => new { r.FinalRating, r.Version }).SingleAsync());

        var response = await hr.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await hr.AntiforgeryTokenAsync("/account/password"), ["Rating"] = "5", ["Potential"] = "High",
            ["Reason"] = "Too late", ["Version"] = rating.Version.ToString(),
        }));

        Assert.DoesNotContain("id=\"calibrate-form\"", page);
        Assert.Contains(message, page);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(rating.FinalRating, await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.Id == reviewId).Select(r => r.FinalRating).SingleAsync()));
        Assert.False(await portal.QueryDbAsync(db => db.Set<CalibrationAdjustment>().AnyAsync(a => a.ReviewId == reviewId && a.Reason == "Too late")));
    }

    [Fact]
    public async Task Should_count_each_rating_per_department_and_in_all_against_the_guideline_when_hr_opens_a_cycle()
    {
        var relations = await Relations.FindAsync(portal);
        var departments = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Status != EmployeeStatus.Left).GroupBy(e => e.DepartmentId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).Take(2).ToListAsync());
        var (first, second) = (departments[0], departments[1]);
        var people = await portal.QueryDbAsync(db => db.Employees.Where(e => e.DepartmentId == first).OrderBy(e => e.Id).Select(e => e.Id).Take(4)
            .Concat(db.Employees.Where(e => e.DepartmentId == second).OrderBy(e => e.Id).Select(e => e.Id).Take(3)).ToListAsync());
        // First department: 3, 3, 4, 5. Second: 2, 3 and one without an assessment. In all: six rated, half of them at 3.
        var (cycleId, _) = await portal.PlantCycleAsync("Calibration figures", ReviewPhase.Calibration,
        [
            new(people[0], null, first, PlantedState.Rated, 3), new(people[1], null, first, PlantedState.Rated, 3),
            new(people[2], null, first, PlantedState.Rated, 4), new(people[3], null, first, PlantedState.Rated, 5),
            new(people[4], null, second, PlantedState.Rated, 2), new(people[5], null, second, PlantedState.Rated, 3),
            new(people[6], null, second, PlantedState.Unrated),
        ]);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);

        var page = await PageAsync(hr, $"/reviews/cycles/{cycleId}/calibration");
        var ofFirst = await PageAsync(hr, $"/reviews/cycles/{cycleId}/calibration?departmentId={first}");

        string Row(string html, string id) => Regex.Match(html, $"<tr[^>]*{id}.*?</tr>", RegexOptions.Singleline).Value;
        int[] Counts(string row) => Regex.Matches(row, "data-count=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        Assert.Equal([0, 0, 2, 1, 1], Counts(Row(page, $"data-department-id=\"{first}\"")));
        Assert.Equal([0, 1, 1, 0, 0], Counts(Row(page, $"data-department-id=\"{second}\"")));
        Assert.Equal([0, 1, 3, 1, 1], Counts(Row(page, "id=\"total-row\"")));
        Assert.Contains("6 rated, 1 without a submitted assessment", page);
        // The chart: half the rated at 3 against the guideline's 55 %; one department's chart shows its own shares.
        Assert.Matches("data-rating=\"3\" data-percent=\"50\" data-guideline=\"55\"", page);
        Assert.Matches("data-rating=\"5\" data-percent=\"17\" data-guideline=\"5\"", page);
        Assert.Matches("data-rating=\"3\" data-percent=\"50\" data-guideline=\"55\"", ofFirst);
        Assert.Matches("data-rating=\"4\" data-percent=\"25\" data-guideline=\"20\"", ofFirst);
        Assert.Equal(4, Regex.Matches(Regex.Match(ofFirst, "id=\"calibration-reviews\".*?</table>", RegexOptions.Singleline).Value, "data-review-id=").Count);
    }

    [Fact]
    public async Task Should_show_the_calibration_card_to_hr_and_the_skip_level_manager_when_a_cycle_is_in_calibration()
    {
        var planted = await PlantAsync("Calibration card");
        string Card(string page) => Regex.Match(page, "id=\"calibration-card\".*?</section>", RegexOptions.Singleline).Value;

        Assert.Contains($"/reviews/cycles/{planted.CycleId}/calibration", Card(await PageAsync(await planted.Relations.ClientAsync(portal, Viewer.Hr), "/")));
        Assert.Contains($"/reviews/cycles/{planted.CycleId}/calibration", Card(await PageAsync(await planted.Relations.ClientAsync(portal, Viewer.SkipLevelManager), "/")));
        Assert.DoesNotContain($"/reviews/cycles/{planted.CycleId}/calibration", await PageAsync(await planted.Relations.ClientAsync(portal, Viewer.Manager), "/"));
        Assert.DoesNotContain("id=\"calibration-card\"", await PageAsync(await planted.Relations.ClientAsync(portal, Viewer.Self), "/"));
    }
}
