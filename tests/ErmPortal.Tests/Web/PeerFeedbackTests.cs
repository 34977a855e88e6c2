using System.Globalization;
using System.Net;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Reviews.Peers;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// 360° feedback: who may nominate, decide, answer and read; answers kept apart from who wrote them; and the three-peer
/// rule of HR's cycle view under every filter combination. Cycles and reviews are written straight into the test database.
/// </summary>
public class PeerFeedbackTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private record Colleague(int Id, string Email, string Name, int DepartmentId, int? ManagerId);

    private async Task<(int CycleId, int[] Competencies)> CycleAsync(ReviewPhase phase, bool peers = true) => await portal.QueryDbAsync(async db =>
    {
        var cycle = new ReviewCycle
        {
            Name = "Cycle " + Guid.NewGuid().ToString("N")[..8], PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31),
            IncludesPeerFeedback = peers, CreatedAtUtc = DateTime.UtcNow,
            Competencies = [new ReviewCompetency { Name = "Collaboration", SortOrder = 1 }, new ReviewCompetency { Name = "Delivery", SortOrder = 2 }],
        };
        cycle.StartAt(phase, DateTime.UtcNow.AddDays(-30));
        db.Add(cycle);
        await db.SaveChangesAsync();
        return (cycle.Id, cycle.Competencies.Select(c => c.Id).ToArray());
    });

    private Task SetPhaseAsync(int cycleId, ReviewPhase phase) => portal.QueryDbAsync(async db =>
    {
        var cycle = await db.Set<ReviewCycle>().SingleAsync(c => c.Id == cycleId);
        cycle.StartAt(phase, DateTime.UtcNow);
        return await db.SaveChangesAsync();
    });

    /// <summary>A review for the person with their current manager as reviewer, as launching a cycle gives.</summary>
    private Task<int> ReviewAsync(int cycleId, int employeeId) => portal.QueryDbAsync(async db =>
    {
        var person = await db.Employees.SingleAsync(e => e.Id == employeeId);
        var review = new Review { CycleId = cycleId, EmployeeId = employeeId, ReviewerId = person.ManagerId, DepartmentId = person.DepartmentId };
        db.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    });

    /// <summary>Colleagues of the target who are not them, their manager, or anyone above them, with the demo password.</summary>
    private async Task<List<Colleague>> ColleaguesAsync(Relations relations, int count)
    {
        var excluded = new[] { relations.Emails[Viewer.Self], relations.Emails[Viewer.Manager], relations.Emails[Viewer.SkipLevelManager], DemoPeople.Hr, DemoPeople.Admin };
        var colleagues = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.Status == EmployeeStatus.Active && e.UserId != null && !excluded.Contains(e.WorkEmail) && e.Id != relations.TargetId)
            .OrderBy(e => e.Id).Take(count)
            .Select(e => new Colleague(e.Id, e.WorkEmail, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.DepartmentId, e.ManagerId))
            .ToListAsync());
        foreach (var c in colleagues) await portal.SetDemoPasswordAsync(c.Email);
        return colleagues;
    }

    private Task<int> NominationAsync(int reviewId, int peerId, bool approved) => portal.QueryDbAsync(async db =>
    {
        var nomination = new PeerNomination { ReviewId = reviewId, PeerId = peerId, NominatedAtUtc = DateTime.UtcNow };
        if (approved)
        {
            var cycle = await db.Set<Review>().Where(r => r.Id == reviewId).Select(r => r.Cycle).SingleAsync();
            nomination.Decide(true, cycle, DateTime.UtcNow);
            nomination.TakeDomainEvents();
        }
        db.Add(nomination);
        await db.SaveChangesAsync();
        return nomination.Id;
    });

    private static async Task<HttpResponseMessage> AnswerAsync(HttpClient peer, int nominationId, int[] competencies, string keepDoing, string doDifferently, int rating = 4)
    {
        var fields = new Dictionary<string, string> { ["KeepDoing"] = keepDoing, ["DoDifferently"] = doDifferently };
        for (var i = 0; i < competencies.Length; i++)
        {
            fields[$"Ratings[{i}].CompetencyId"] = Id(competencies[i]);
            fields[$"Ratings[{i}].Rating"] = Id(rating);
        }
        var url = $"/reviews/feedback/{Id(nominationId)}";
        return await peer.PostFormAsync(url, url, fields);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private Task<List<(int PeerId, PeerNominationStatus Status)>> NominationsOfAsync(int reviewId) => portal.QueryDbAsync(async db =>
        (await db.Set<PeerNomination>().Where(n => n.ReviewId == reviewId).Select(n => new { n.PeerId, n.Status }).ToListAsync())
        .Select(n => (n.PeerId, n.Status)).ToList());

    private async Task<HttpResponseMessage> NominateAsync(HttpClient self, int reviewId, string email)
    {
        var url = $"/reviews/{Id(reviewId)}/peers";
        return await self.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await self.AntiforgeryTokenAsync("/account/password"), ["PeerEmail"] = email,
        }));
    }

    [Fact]
    public async Task Should_take_a_colleague_once_but_never_the_person_or_their_manager_when_the_person_nominates()
    {
        var relations = await Relations.FindAsync(portal);
        var (cycleId, _) = await CycleAsync(ReviewPhase.SelfAssessment);
        var reviewId = await ReviewAsync(cycleId, relations.TargetId);
        var colleague = (await ColleaguesAsync(relations, 1))[0];
        var self = await relations.ClientAsync(portal, Viewer.Self);

        foreach (var refused in new[] { relations.Emails[Viewer.Self]!, relations.Emails[Viewer.Manager]!, "nobody@erm.demo" })
            Assert.Equal(HttpStatusCode.Redirect, (await NominateAsync(self, reviewId, refused)).StatusCode);
        Assert.Empty(await NominationsOfAsync(reviewId));

        Assert.Equal(HttpStatusCode.Redirect, (await NominateAsync(self, reviewId, colleague.Email)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await NominateAsync(self, reviewId, colleague.Email.ToUpperInvariant())).StatusCode);
        Assert.Equal([(colleague.Id, PeerNominationStatus.Proposed)], await NominationsOfAsync(reviewId));
        var page = await PageAsync(self, $"/reviews/{Id(reviewId)}/peers");
        Assert.Contains(colleague.Name, page);
        Assert.Contains("Waiting for approval", page);

        // Nobody else nominates for the person: their manager and HR are told the page's form does not exist.
        foreach (var viewer in new[] { Viewer.Manager, Viewer.Hr, Viewer.Peer })
        {
            var other = await relations.ClientAsync(portal, viewer);
            Assert.Equal(HttpStatusCode.NotFound, (await NominateAsync(other, reviewId, colleague.Email)).StatusCode);
        }
    }

    [Fact]
    public async Task Should_read_the_nominations_page_in_as_many_commands_for_six_nominations_as_for_one()
    {
        var relations = await Relations.FindAsync(portal);
        var colleagues = await ColleaguesAsync(relations, 6);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var counts = new List<int>();
        foreach (var size in new[] { 1, 6 })
        {
            var (cycleId, _) = await CycleAsync(ReviewPhase.PeerFeedback);
            var reviewId = await ReviewAsync(cycleId, relations.TargetId);
            foreach (var colleague in colleagues.Take(size)) await NominationAsync(reviewId, colleague.Id, approved: false);
            await PageAsync(manager, $"/reviews/{Id(reviewId)}/peers");
            portal.Commands.Reset();
            var page = await PageAsync(manager, $"/reviews/{Id(reviewId)}/peers");
            counts.Add(portal.Commands.Count);
            Assert.All(colleagues.Take(size), c => Assert.Contains(c.Name, page));
        }
        Assert.Equal(counts[0], counts[1]);
    }

    [Theory]
    [InlineData(ReviewPhase.GoalSetting)]
    [InlineData(ReviewPhase.Calibration)]
    [InlineData(ReviewPhase.Sharing)]
    public async Task Should_refuse_a_nomination_when_the_cycle_is_outside_the_feedback_window(ReviewPhase phase)
    {
        var relations = await Relations.FindAsync(portal);
        var (cycleId, _) = await CycleAsync(phase);
        var reviewId = await ReviewAsync(cycleId, relations.TargetId);
        var colleague = (await ColleaguesAsync(relations, 1))[0];
        var self = await relations.ClientAsync(portal, Viewer.Self);

        Assert.Equal(HttpStatusCode.Redirect, (await NominateAsync(self, reviewId, colleague.Email)).StatusCode);

        Assert.Empty(await NominationsOfAsync(reviewId));
        var page = await PageAsync(self, $"/reviews/{Id(reviewId)}/peers");
        Assert.Contains("id=\"peers-closed\"", page);
        Assert.DoesNotContain("id=\"nominate-form\"", page);
    }

    [Fact]
    public async Task Should_have_no_peer_feedback_at_all_when_the_cycle_does_not_include_it()
    {
        var relations = await Relations.FindAsync(portal);
        var (cycleId, _) = await CycleAsync(ReviewPhase.SelfAssessment, peers: false);
        var reviewId = await ReviewAsync(cycleId, relations.TargetId);
        var colleague = (await ColleaguesAsync(relations, 1))[0];
        var self = await relations.ClientAsync(portal, Viewer.Self);

        Assert.Equal(HttpStatusCode.NotFound, (await NominateAsync(self, reviewId, colleague.Email)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await self.GetAsync($"/reviews/{Id(reviewId)}/peers")).StatusCode);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/reviews/cycles/{Id(cycleId)}/feedback")).StatusCode);
        Assert.Empty(await NominationsOfAsync(reviewId));
    }

    [Fact]
    public async Task Should_let_only_the_reviewer_decide_and_ask_the_peer_once_approved()
    {
        var relations = await Relations.FindAsync(portal);
        var (cycleId, _) = await CycleAsync(ReviewPhase.SelfAssessment);
        var reviewId = await ReviewAsync(cycleId, relations.TargetId);
        var colleagues = await ColleaguesAsync(relations, 2);
        var approved = await NominationAsync(reviewId, colleagues[0].Id, approved: false);
        var declined = await NominationAsync(reviewId, colleagues[1].Id, approved: false);
        var url = $"/reviews/{Id(reviewId)}/peers";

        foreach (var viewer in new[] { Viewer.Self, Viewer.Peer, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin })
        {
            var other = await relations.ClientAsync(portal, viewer);
            var token = await other.AntiforgeryTokenAsync("/account/password");
            var response = await other.PostAsync($"{url}/{Id(approved)}/approve", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{viewer} approved: {(int)response.StatusCode}");
        }
        Assert.All(await NominationsOfAsync(reviewId), n => Assert.Equal(PeerNominationStatus.Proposed, n.Status));

        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        Assert.Contains($"{url}/{Id(approved)}/approve", await PageAsync(manager, url));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, $"{url}/{Id(approved)}/approve", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, $"{url}/{Id(declined)}/decline", [])).StatusCode);

        var statuses = (await NominationsOfAsync(reviewId)).ToDictionary(n => n.PeerId, n => n.Status);
        Assert.Equal(PeerNominationStatus.Approved, statuses[colleagues[0].Id]);
        Assert.Equal(PeerNominationStatus.Declined, statuses[colleagues[1].Id]);
        var asked = await portal.QueryDbAsync(db => db.Set<Notification>()
            .Where(n => n.Kind == PeerNotifications.Requested && n.Link == $"/reviews/feedback/{Id(approved)}")
            .Join(db.Users, n => n.RecipientUserId, u => u.Id, (_, u) => u.Email).ToListAsync());
        Assert.Equal([colleagues[0].Email], asked);

        // Only the approved peer opens the form; the declined one, the person and HR are told it does not exist.
        var peer = await portal.SignedInClientAsync(colleagues[0].Email);
        Assert.Contains("id=\"feedback-form\"", await PageAsync(peer, $"/reviews/feedback/{Id(approved)}"));
        foreach (var other in new[] { await portal.SignedInClientAsync(colleagues[1].Email), await relations.ClientAsync(portal, Viewer.Self), await relations.ClientAsync(portal, Viewer.Hr) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/reviews/feedback/{Id(approved)}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/reviews/feedback/{Id(declined)}")).StatusCode);
        }
    }

    [Fact]
    public async Task Should_keep_answers_apart_from_their_writers_on_every_page_and_in_the_stored_rows()
    {
        var relations = await Relations.FindAsync(portal);
        var (cycleId, competencies) = await CycleAsync(ReviewPhase.PeerFeedback);
        var reviewId = await ReviewAsync(cycleId, relations.TargetId);
        var colleagues = await ColleaguesAsync(relations, 3);
        // Written in an order that is not the texts' order, so the page's order cannot follow the writers.
        string[] keep = ["Zealous follow-up on customer calls", "Always first to help in incidents", "Mentoring the interns patiently"];
        string[] change = ["Answer email sooner", "Write shorter documents", "Book fewer meetings"];
        var audited = await portal.QueryDbAsync(db => db.Set<AuditEntry>().CountAsync());
        var notified = await portal.QueryDbAsync(db => db.Set<Notification>().CountAsync());
        for (var i = 0; i < 3; i++)
        {
            var nomination = await NominationAsync(reviewId, colleagues[i].Id, approved: true);
            var peer = await portal.SignedInClientAsync(colleagues[i].Email);
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(peer, nomination, competencies, keep[i], change[i], rating: 3 + i % 2)).StatusCode);
            // A second answer to the same form is refused.
            await AnswerAsync(peer, nomination, competencies, "Second answer", "Second answer");
        }
        Assert.Equal(3, await portal.QueryDbAsync(db => db.Set<PeerFeedbackAnswer>().CountAsync(a => a.ReviewId == reviewId)));
        Assert.Equal(audited, await portal.QueryDbAsync(db => db.Set<AuditEntry>().CountAsync()));
        Assert.Equal(notified, await portal.QueryDbAsync(db => db.Set<Notification>().CountAsync()));

        // The stored answer holds the review, a day, a coarse relationship and the texts: nothing that leads to its writer.
        var columns = await portal.QueryDbAsync(db => db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info('PeerFeedbackAnswers')").ToListAsync());
        Assert.Equal(["AnsweredOn", "DoDifferently", "Id", "KeepDoing", "Relationship", "ReviewId"], columns.Order());
        var ratingColumns = await portal.QueryDbAsync(db => db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info('PeerFeedbackRatings')").ToListAsync());
        Assert.Equal(["AnswerId", "CompetencyId", "Id", "Rating"], ratingColumns.Order());
        var foreignKeys = await portal.QueryDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"table\" AS Value FROM pragma_foreign_key_list('PeerFeedbackAnswers')").ToListAsync());
        Assert.Equal(["Reviews"], foreignKeys);

        // While answers are open nobody reads them, not even HR: a later answer would show in the difference.
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        Assert.Contains("id=\"feedback-hidden\"", await PageAsync(hr, $"/reviews/{Id(reviewId)}/feedback"));
        await SetPhaseAsync(cycleId, ReviewPhase.Calibration);

        var names = colleagues.Select(c => c.Name).ToList();
        var pages = new List<(Viewer, string)>();
        foreach (var viewer in new[] { Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var page = await PageAsync(client, $"/reviews/{Id(reviewId)}/feedback");
            Assert.Equal(keep.Order(StringComparer.Ordinal), keep.OrderBy(t => page.IndexOf(t, StringComparison.Ordinal)));
            Assert.Equal(change.Order(StringComparer.Ordinal), change.OrderBy(t => page.IndexOf(t, StringComparison.Ordinal)));
            Assert.Contains("3.3", page);
            pages.Add((viewer, page));
            // The nominations page names the peers but says nothing of what any of them wrote.
            var nominations = await PageAsync(client, $"/reviews/{Id(reviewId)}/peers");
            Assert.All(keep.Concat(change), t => Assert.DoesNotContain(t, nominations));
        }
        pages.Add((Viewer.Hr, await PageAsync(hr, $"/reviews/cycles/{Id(cycleId)}/feedback")));
        foreach (var (viewer, page) in pages)
        foreach (var name in names)
            Assert.False(page.Contains(name, StringComparison.Ordinal), $"{viewer} sees {name} beside the answers");
    }

    [Fact]
    public async Task Should_show_the_person_what_colleagues_said_only_once_the_review_is_shared()
    {
        var relations = await Relations.FindAsync(portal);
        var (cycleId, competencies) = await CycleAsync(ReviewPhase.PeerFeedback);
        var reviewId = await ReviewAsync(cycleId, relations.TargetId);
        foreach (var colleague in await ColleaguesAsync(relations, 3))
        {
            var nomination = await NominationAsync(reviewId, colleague.Id, approved: true);
            await AnswerAsync(await portal.SignedInClientAsync(colleague.Email), nomination, competencies, "Keeps the team calm " + colleague.Id, "");
        }
        await SetPhaseAsync(cycleId, ReviewPhase.Sharing);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var url = $"/reviews/{Id(reviewId)}/feedback";
        Assert.Equal(HttpStatusCode.NotFound, (await self.GetAsync(url)).StatusCode);

        await portal.QueryDbAsync(async db =>
        {
            var review = await db.Set<Review>().SingleAsync(r => r.Id == reviewId);
            review.SubmitSelfAssessment(ReviewPhase.SelfAssessment, DateTime.UtcNow);
            review.ManagerRating = 3;
            review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, DateTime.UtcNow);
            review.Share(ReviewPhase.Sharing, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.Contains("Keeps the team calm", await PageAsync(self, url));
        foreach (var viewer in new[] { Viewer.Peer, Viewer.Admin })
            Assert.Equal(HttpStatusCode.NotFound, (await (await relations.ClientAsync(portal, viewer)).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Should_hide_what_colleagues_said_when_fewer_than_three_answered()
    {
        var relations = await Relations.FindAsync(portal);
        var (cycleId, competencies) = await CycleAsync(ReviewPhase.PeerFeedback);
        var reviewId = await ReviewAsync(cycleId, relations.TargetId);
        foreach (var colleague in await ColleaguesAsync(relations, 2))
        {
            var nomination = await NominationAsync(reviewId, colleague.Id, approved: true);
            await AnswerAsync(await portal.SignedInClientAsync(colleague.Email), nomination, competencies, "Only two said this " + colleague.Id, "");
        }
        await SetPhaseAsync(cycleId, ReviewPhase.Calibration);

        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        var page = await PageAsync(hr, $"/reviews/{Id(reviewId)}/feedback");
        Assert.Contains("id=\"feedback-hidden\"", page);
        Assert.DoesNotContain("Only two said this", page);
        // The review's answers do not count in the cycle's either.
        Assert.Equal(0, (await portal.SendAsync(DemoPeople.Hr, new GetCycleFeedback.Query(cycleId))).Answers);
    }

    /// <summary>
    /// HR's cycle view under every combination of its filters, for answers spread over the departments so that some
    /// cells are small: whatever is shown has at least three answers, leaves zero or at least three of every wider
    /// selection, and no small cell can be worked out from the shown selections together.
    /// </summary>
    [Fact]
    public async Task Should_keep_to_the_three_peer_rule_under_every_filter_combination_of_the_cycle_view()
    {
        var (cycleId, competencies) = await CycleAsync(ReviewPhase.Calibration);
        var departments = await portal.QueryDbAsync(db => db.Departments.OrderByDescending(d => db.Employees.Count(e => e.DepartmentId == d.Id)).ThenBy(d => d.Id).Select(d => d.Id).Take(3).ToListAsync());
        // Answers per review by department: (same team, other team). The last department's review has two: it does not count.
        var plan = new Dictionary<int, (int Same, int Other)[]>
        {
            [departments[0]] = [(3, 0), (2, 2)],
            [departments[1]] = [(1, 3), (3, 3)],
            [departments[2]] = [(1, 1)],
        };
        var cells = new Dictionary<(int, PeerRelationship), int>();
        foreach (var (department, reviews) in plan)
        {
            var people = await portal.QueryDbAsync(db => db.Employees.Where(e => e.DepartmentId == department).OrderBy(e => e.Id).Select(e => e.Id).Take(reviews.Length).ToListAsync());
            Assert.Equal(reviews.Length, people.Count);
            foreach (var (person, (same, other)) in people.Zip(reviews))
            {
                var reviewId = await ReviewAsync(cycleId, person);
                await portal.QueryDbAsync(db =>
                {
                    db.AddRange(Enumerable.Range(0, same + other).Select(i => new PeerFeedbackAnswer
                    {
                        ReviewId = reviewId, AnsweredOn = new DateOnly(2026, 11, 2), Relationship = i < same ? PeerRelationship.SameTeam : PeerRelationship.OtherTeam,
                        Ratings = competencies.Select(c => new PeerFeedbackRating { CompetencyId = c, Rating = 1 + (i + c) % 5 }).ToList(),
                    }));
                    return db.SaveChangesAsync();
                });
                if (same + other < 3) continue;
                foreach (var (relationship, count) in new[] { (PeerRelationship.SameTeam, same), (PeerRelationship.OtherTeam, other) })
                    cells[(department, relationship)] = cells.GetValueOrDefault((department, relationship)) + count;
            }
        }

        int CountOf(int? department, PeerRelationship? relationship) =>
            cells.Where(c => (department is null || c.Key.Item1 == department) && (relationship is null || c.Key.Item2 == relationship)).Sum(c => c.Value);
        var selections = new int?[] { null }.Concat(departments.Select(d => (int?)d))
            .SelectMany(d => new PeerRelationship?[] { null }.Concat(Enum.GetValues<PeerRelationship>().Select(r => (PeerRelationship?)r)), (d, r) => (Department: d, Relationship: r))
            .ToList();
        var shown = new List<(int? Department, PeerRelationship? Relationship)>();
        foreach (var (department, relationship) in selections)
        {
            var page = await portal.SendAsync(DemoPeople.Hr, new GetCycleFeedback.Query(cycleId, department, relationship));
            if (page.Shown is not { } count) { Assert.Empty(page.Averages); continue; }
            shown.Add((department, relationship));
            Assert.Equal(CountOf(department, relationship), count);
            Assert.True(count >= 3, $"{department}/{relationship} shows {count} answers");
            foreach (var (wider, widerRelationship) in new[] { (null, relationship), (department, null), ((int?)null, (PeerRelationship?)null) })
            {
                var rest = CountOf(wider, widerRelationship) - count;
                Assert.True(rest == 0 || rest >= 3, $"{department}/{relationship} leaves {rest} of {wider}/{widerRelationship}");
            }
        }
        Assert.NotEmpty(shown);
        Assert.True(shown.Count < selections.Count, "Every selection was shown, though some cells are small.");
        AssertNoSmallCellIsDerivable(cells, shown);
    }

    /// <summary>The rule on its own, for many random spreads of answers over three departments and both relationships.</summary>
    [Fact]
    public void Should_never_let_the_shown_selections_single_out_a_small_group_whatever_the_spread_of_answers()
    {
        var random = new Random(13);
        int[] departments = [1, 2, 3];
        for (var run = 0; run < 2000; run++)
        {
            var cells = departments.SelectMany(d => Enum.GetValues<PeerRelationship>(), (d, r) => (d, r)).ToDictionary(c => c, _ => random.Next(6));
            var groups = new PeerFeedbackGroups(cells.Select(c => new PeerFeedbackGroups.Cell(c.Key.d, c.Key.r, c.Value)).ToList());
            var shown = new int?[] { null, 1, 2, 3 }
                .SelectMany(d => new PeerRelationship?[] { null, PeerRelationship.SameTeam, PeerRelationship.OtherTeam }, (d, r) => (Department: d, Relationship: r))
                .Where(s => groups.IsShown(s.Department, s.Relationship)).ToList();
            Assert.All(shown, s => Assert.True(groups.Count(s.Department, s.Relationship) >= 3));
            AssertNoSmallCellIsDerivable(cells, shown);
        }
    }

    /// <summary>
    /// A cell of one or two answers must not be a combination of the shown selections (adding or subtracting their
    /// figures would give its answers away): its indicator must lie outside their span.
    /// </summary>
    private static void AssertNoSmallCellIsDerivable(IReadOnlyDictionary<(int, PeerRelationship), int> cells, IReadOnlyList<(int? Department, PeerRelationship? Relationship)> shown)
    {
        var keys = cells.Keys.ToList();
        double[] Vector(Func<(int, PeerRelationship), bool> member) => keys.Select(k => member(k) && cells[k] > 0 ? 1.0 : 0.0).ToArray();
        var rows = shown.Select(s => Vector(k => (s.Department is null || k.Item1 == s.Department) && (s.Relationship is null || k.Item2 == s.Relationship))).ToList();
        var rank = Rank(rows);
        foreach (var small in keys.Where(k => cells[k] is 1 or 2))
            Assert.True(Rank([.. rows, Vector(k => k == small)]) > rank, $"The cell {small} of {cells[small]} can be worked out from the shown selections.");
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        for (var column = 0; column < (m.Count == 0 ? 0 : m[0].Length) && rank < m.Count; column++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(i => Math.Abs(m[i][column]) > 1e-9, -1);
            if (pivot < 0) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var i = 0; i < m.Count; i++)
            {
                if (i == rank || Math.Abs(m[i][column]) < 1e-9) continue;
                var factor = m[i][column] / m[rank][column];
                for (var j = 0; j < m[i].Length; j++) m[i][j] -= factor * m[rank][j];
            }
            rank++;
        }
        return rank;
    }
}
