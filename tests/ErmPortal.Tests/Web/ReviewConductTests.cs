using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Reviews.Conduct;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A review from the self-assessment to the lock, through the pages: who may open and write it when, what the person
/// reads of the manager's part before sharing (nothing), and that a final review changes no more.
/// </summary>
public class ReviewConductTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ManagerDraft = "Drafted: steady quarter, forecasting still weak";
    private const string DraftNeed = "Quarterly forecasting";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string VersionOn(string page) => Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>
    /// A cycle of its own, at the given phase, with one review of the target written by their direct manager; the cycle's
    /// demo pages are another part's, so the test makes its data directly.
    /// </summary>
    private async Task<int> PlantReviewAsync(Relations relations, ReviewPhase phase, Action<Review>? prepare = null)
    {
        return await portal.QueryDbAsync(async db =>
        {
            var target = await db.Employees.SingleAsync(e => e.Id == relations.TargetId);
            var cycle = new ReviewCycle
            {
                Name = $"Review year {Guid.NewGuid().ToString("N")[..6]}", PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31),
                CreatedAtUtc = DateTime.UtcNow,
                RatingLevels = ReviewCycle.DefaultScale.Select(l => new ReviewRatingLevel { Value = l.Value, Label = l.Label, GuidelinePercent = l.GuidelinePercent }).ToList(),
                Competencies = [new ReviewCompetency { Name = "Collaboration" }],
            };
            cycle.StartAt(phase, DateTime.UtcNow.AddDays(-30));
            var review = new Review { Cycle = cycle, EmployeeId = target.Id, ReviewerId = target.ManagerId, DepartmentId = target.DepartmentId };
            prepare?.Invoke(review);
            review.TakeDomainEvents();
            db.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });
    }

    /// <summary>The manager has drafted an assessment (text, rating, a need) the person must not see yet.</summary>
    private static void Drafted(Review review)
    {
        review.SubmitSelfAssessment(ReviewPhase.SelfAssessment, DateTime.UtcNow);
        review.ManagerSummary = ManagerDraft;
        review.ManagerRating = 2;
        review.DevelopmentNeeds.Add(new ReviewDevelopmentNeed { Skill = DraftNeed });
    }

    private static void SharedWithNeed(Review review)
    {
        Drafted(review);
        review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, DateTime.UtcNow);
        review.Share(ReviewPhase.Sharing, DateTime.UtcNow);
    }

    private Task<Review> ReviewAsync(int id) => portal.QueryDbAsync(db => db.Set<Review>().AsNoTracking().Include(r => r.Ratings).SingleAsync(r => r.Id == id));

    private static Task<HttpResponseMessage> WriteManagerAsync(HttpClient client, int id, string version, bool submit) =>
        client.PostFormAsync($"/reviews/{Id(id)}", $"/reviews/{Id(id)}/manager-assessment", new()
        {
            ["Version"] = version, ["Summary"] = "A strong year", ["Rating"] = "4", ["Needs"] = "Negotiation", ["Submit"] = submit ? "true" : "false",
        });

    [Fact]
    public async Task Should_refuse_the_manager_assessment_until_the_self_assessment_is_in_unless_hr_opens_it()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.SelfAssessment);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var page = await PageAsync(manager, $"/reviews/{Id(id)}");
        Assert.DoesNotContain("id=\"manager-assessment-form\"", page);

        var refused = await WriteManagerAsync(manager, id, VersionOn(await PageAsync(await relations.ClientAsync(portal, Viewer.Self), $"/reviews/{Id(id)}")), submit: false);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("The manager assessment is not open.", await PageAsync(manager, $"/reviews/{Id(id)}"));
        Assert.Null((await ReviewAsync(id)).ManagerSummary);

        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        Assert.Contains("id=\"open-manager-assessment\"", await PageAsync(hr, $"/reviews/{Id(id)}"));
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/reviews/{Id(id)}", $"/reviews/{Id(id)}/open-manager-assessment", [])).StatusCode);

        page = await PageAsync(manager, $"/reviews/{Id(id)}");
        Assert.Contains("id=\"manager-assessment-form\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await WriteManagerAsync(manager, id, VersionOn(page), submit: true)).StatusCode);
        var review = await ReviewAsync(id);
        Assert.True(review.ManagerAssessmentIsIn);
        Assert.Equal(4, review.FinalRating);
    }

    [Fact]
    public async Task Should_let_the_manager_write_with_the_self_assessment_in_view_when_the_person_has_handed_it_in()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.SelfAssessment);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var page = await PageAsync(self, $"/reviews/{Id(id)}");
        var competency = Regex.Match(page, "name=\"Ratings\\[0\\]\\.CompetencyId\" value=\"(\\d+)\"").Groups[1].Value;
        var response = await self.PostFormAsync($"/reviews/{Id(id)}", $"/reviews/{Id(id)}/self-assessment", new()
        {
            ["Version"] = VersionOn(page), ["WentWell"] = "Shipped the billing migration", ["Ratings[0].CompetencyId"] = competency,
            ["Ratings[0].Rating"] = "4", ["Ratings[0].Comment"] = "Paired with two teams", ["Submit"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<Notification>().CountAsync(n => n.Kind == ConductNotifications.SelfAssessmentIn
            && n.Link == $"/reviews/{Id(id)}" && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == relations.Emails[Viewer.Manager]))));

        var managerPage = await PageAsync(await relations.ClientAsync(portal, Viewer.Manager), $"/reviews/{Id(id)}");
        Assert.Contains("id=\"manager-assessment-form\"", managerPage);
        Assert.Contains("Shipped the billing migration", managerPage);
        Assert.Contains("Paired with two teams", managerPage);
        // Handed in, the person's own form is closed.
        Assert.DoesNotContain("id=\"self-assessment-form\"", await PageAsync(self, $"/reviews/{Id(id)}"));
    }

    [Fact]
    public async Task Should_show_the_person_nothing_of_the_managers_draft_when_the_review_is_not_shared()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.ManagerAssessment, Drafted);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        foreach (var url in new[] { $"/reviews/{Id(id)}", "/me/reviews", $"/employees/{Id(relations.TargetId)}/timeline", $"/employees/{Id(relations.TargetId)}", "/" })
        {
            var page = await PageAsync(self, url);
            Assert.DoesNotContain(ManagerDraft, page);
            Assert.DoesNotContain(DraftNeed, page);
            Assert.DoesNotContain("Partly meets expectations", page);
            Assert.DoesNotContain("id=\"manager-rating\"", page);
        }
        Assert.Contains("id=\"manager-not-shared\"", await PageAsync(self, $"/reviews/{Id(id)}"));

        // Those above the person and HR read the draft.
        foreach (var viewer in new[] { Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr })
            Assert.Contains(ManagerDraft, await PageAsync(await relations.ClientAsync(portal, viewer), $"/reviews/{Id(id)}"));
    }

    [Fact]
    public async Task Should_keep_a_submitted_assessment_off_the_persons_timeline_and_notifications_until_it_is_shared()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.ManagerAssessment, r => r.SubmitSelfAssessment(ReviewPhase.SelfAssessment, DateTime.UtcNow));
        var cycle = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.Id == id).Select(r => r.Cycle.Name).SingleAsync());
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await WriteManagerAsync(manager, id, VersionOn(await PageAsync(manager, $"/reviews/{Id(id)}")), submit: true)).StatusCode);
        Assert.True((await ReviewAsync(id)).ManagerAssessmentIsIn);

        var submitted = $"Manager assessment of {cycle} submitted";
        var self = await relations.ClientAsync(portal, Viewer.Self);
        foreach (var url in new[] { $"/employees/{Id(relations.TargetId)}/timeline", $"/reviews/{Id(id)}", "/me/reviews", "/", "/me/notifications" })
        {
            var page = await PageAsync(self, url);
            Assert.DoesNotContain(submitted, page);
            Assert.DoesNotContain("A strong year", page);
        }
        // The person's earlier reviews may carry the same label; this review's page and the timeline do not.
        Assert.DoesNotContain("Exceeds expectations", await PageAsync(self, $"/reviews/{Id(id)}"));
        Assert.DoesNotContain("Exceeds expectations", await PageAsync(self, $"/employees/{Id(relations.TargetId)}/timeline"));
        var personsNotifications = await portal.QueryDbAsync(db => db.Set<Notification>()
            .Where(n => n.Link == $"/reviews/{Id(id)}" && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == relations.Emails[Viewer.Self])).CountAsync());
        Assert.Equal(0, personsNotifications);

        // Above the person the step is on the timeline, still without the rating.
        var managersView = await PageAsync(manager, $"/employees/{Id(relations.TargetId)}/timeline");
        Assert.Contains(submitted, managersView);
        Assert.DoesNotContain("Exceeds expectations", managersView);
    }

    [Fact]
    public async Task Should_show_the_person_the_managers_part_when_the_review_is_shared()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.Sharing, SharedWithNeed);
        var page = await PageAsync(await relations.ClientAsync(portal, Viewer.Self), $"/reviews/{Id(id)}");
        Assert.Contains(ManagerDraft, page);
        Assert.Contains(DraftNeed, page);
        Assert.Contains("id=\"acknowledge\"", page);
        Assert.DoesNotContain("id=\"potential\"", page);
    }

    [Fact]
    public async Task Should_page_the_team_reviews_so_a_reviewer_of_many_sees_every_review_once()
    {
        // The demo manager given thirty people to review in a cycle of their own, on top of whatever the demo gives them.
        var reviewer = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => new { e.Id, e.WorkEmail }).SingleAsync());
        var people = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id != reviewer.Id).OrderBy(e => e.Id).Take(30)
            .Select(e => new PlantedReview(e.Id, reviewer.Id, e.DepartmentId, PlantedState.Unrated, null, null, null)).ToListAsync());
        var (_, planted) = await portal.PlantCycleAsync($"Big team {Guid.NewGuid():N}"[..16], ReviewPhase.SelfAssessment, people);
        var total = await portal.QueryDbAsync(db => db.Set<Review>().CountAsync(r => r.ReviewerId == reviewer.Id
            && r.Cycle.Phase != ReviewPhase.Draft && r.Cycle.Phase != ReviewPhase.Closed));

        var client = await portal.SignedInClientAsync(reviewer.WorkEmail);
        var seen = new List<int>();
        for (var page = 1; page <= (total + 24) / 25; page++)
        {
            var html = await PageAsync(client, $"/reviews/team?page={Id(page)}");
            var ids = Regex.Matches(html, "<tr data-review-id=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.InRange(ids.Count, 1, 25);
            seen.AddRange(ids);
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), planted.ToHashSet());
    }

    [Fact]
    public async Task Should_open_a_review_only_to_its_person_their_managers_and_hr()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.ManagerAssessment, Drafted);
        foreach (var viewer in new[] { Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Peer, Viewer.Admin })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var expected = viewer is Viewer.Peer or Viewer.Admin ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            Assert.True(expected == (await client.GetAsync($"/reviews/{Id(id)}")).StatusCode, $"{viewer} GET");
        }
        // Writing is the reviewer's alone: the skip-level manager and HR read but do not write the assessment.
        foreach (var viewer in new[] { Viewer.SkipLevelManager, Viewer.Hr, Viewer.Self, Viewer.Peer, Viewer.Admin })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var token = await client.AntiforgeryTokenAsync("/account/password");
            var response = await client.PostAsync($"/reviews/{Id(id)}/manager-assessment", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Summary"] = "Overwritten", ["Rating"] = "5",
            }));
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{viewer} POST");
        }
        Assert.Equal(ManagerDraft, (await ReviewAsync(id)).ManagerSummary);
    }

    [Fact]
    public async Task Should_refuse_every_post_with_a_clear_message_and_change_nothing_when_the_review_is_final()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.Sharing, SharedWithNeed);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync($"/reviews/{Id(id)}", $"/reviews/{Id(id)}/acknowledge", [])).StatusCode);
        var before = await ReviewAsync(id);
        Assert.True(before.IsFinalized);
        var page = await PageAsync(self, $"/reviews/{Id(id)}");
        Assert.Contains("id=\"review-locked\"", page);
        Assert.DoesNotContain("id=\"acknowledge\"", page);

        var posts = new (Viewer Viewer, string Action, Dictionary<string, string> Fields)[]
        {
            (Viewer.Self, "comment", new() { ["comment"] = "Afterthought" }),
            (Viewer.Self, "disagree", new() { ["comment"] = "Afterthought" }),
            (Viewer.Self, "acknowledge", []),
            (Viewer.Self, "self-assessment", new() { ["Version"] = before.Version.ToString(), ["WentWell"] = "Afterthought" }),
            (Viewer.Manager, "manager-assessment", new() { ["Version"] = before.Version.ToString(), ["Summary"] = "Afterthought", ["Rating"] = "5" }),
            (Viewer.Manager, "share", []),
            (Viewer.Hr, "open-manager-assessment", []),
            (Viewer.Hr, "share", []),
        };
        foreach (var (viewer, action, fields) in posts)
        {
            var client = await relations.ClientAsync(portal, viewer);
            var response = await client.PostFormAsync($"/reviews/{Id(id)}", $"/reviews/{Id(id)}/{action}", fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            // The message waits for the next page the person opens: the review, where the button was.
            var shown = await PageAsync(client, $"/reviews/{Id(id)}");
            Assert.True(shown.Contains("This review is final and can no longer be changed.", StringComparison.Ordinal), $"{viewer} {action}: no lock message");
        }
        var after = await ReviewAsync(id);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.EmployeeComment);
        Assert.Equal(ManagerDraft, after.ManagerSummary);
        Assert.Null(after.DisagreedAtUtc);
        Assert.Equal(before.AcknowledgedAtUtc, after.AcknowledgedAtUtc);
    }

    [Fact]
    public async Task Should_note_the_reviews_development_needs_for_learning_when_the_person_acknowledges()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await PlantReviewAsync(relations, ReviewPhase.Sharing, SharedWithNeed);
        var cycle = await portal.QueryDbAsync(db => db.Set<Review>().Where(r => r.Id == id).Select(r => r.Cycle.Name).SingleAsync());
        var self = await relations.ClientAsync(portal, Viewer.Self);
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync($"/reviews/{Id(id)}", $"/reviews/{Id(id)}/disagree",
            new() { ["comment"] = "Forecasting was not my remit" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync($"/reviews/{Id(id)}", $"/reviews/{Id(id)}/acknowledge", [])).StatusCode);

        var needs = await portal.QueryDbAsync(db => db.Set<DevelopmentNeed>().Where(n => n.EmployeeId == relations.TargetId && n.Source == cycle).ToListAsync());
        Assert.Equal(DraftNeed, Assert.Single(needs).Skill);
        var kinds = await portal.QueryDbAsync(db => db.Set<TimelineEntry>()
            .Where(t => t.SubjectType == TimelineSubjects.Employee && t.SubjectId == relations.TargetId && t.Link == $"/reviews/{Id(id)}").Select(t => t.Kind).ToListAsync());
        Assert.Contains(ConductTimelineKinds.Disagreed, kinds);
        Assert.Contains(ConductTimelineKinds.Acknowledged, kinds);
        // The disagreement reached the reviewer.
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<Notification>().CountAsync(n => n.Kind == ConductNotifications.Disagreed
            && n.Link == $"/reviews/{Id(id)}" && db.Users.Any(u => u.Id == n.RecipientUserId && u.Email == relations.Emails[Viewer.Manager]))));
        // The final rating is on the profile's Reviews panel for the person.
        Assert.Contains("id=\"reviews-panel\"", await PageAsync(self, $"/employees/{Id(relations.TargetId)}"));
    }
}
