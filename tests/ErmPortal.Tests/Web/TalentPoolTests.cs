using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>The talent pool: who agreed to be kept, tags, who could fill a new opening, invitations and the news of new openings with a one-click stop.</summary>
public class TalentPoolTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Gives the candidates their skills and consent, and ends each application in the given stage (through the ones before it).</summary>
    private Task ShapeAsync(PlantedOpening planted, params (string? Skills, bool Pool, bool KeepInformed, StageKind ReachedThenRejected)[] candidates) =>
        portal.QueryDbAsync(async db =>
        {
            var stages = await db.Set<OpeningStage>().Where(s => s.OpeningId == planted.OpeningId).ToListAsync();
            var applications = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits).Include(a => a.Candidate)
                .Where(a => planted.ApplicationIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync();
            foreach (var (application, shape) in applications.Zip(candidates))
            {
                application.Candidate.Skills = shape.Skills;
                application.Candidate.TalentPoolConsentAtUtc = shape.Pool ? DateTime.UtcNow : null;
                application.Candidate.KeepInformed = shape.KeepInformed;
                foreach (var kind in new[] { StageKind.Screening, StageKind.Interview, StageKind.Offer }.Where(k => k <= shape.ReachedThenRejected))
                    application.MoveTo(stages.First(s => s.Kind == kind), null, DateTime.UtcNow);
                application.MoveTo(stages.First(s => s.Kind == StageKind.Rejected), "Another candidate was chosen.", DateTime.UtcNow);
            }
            return await db.SaveChangesAsync();
        });

    private Task<PlantedOpening> NewOpeningAsync(string prefix, string requiredSkills, bool publish = true) =>
        portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, prefix, title: $"Data analyst {prefix}").ContinueWith(async t =>
        {
            var planted = t.Result;
            await portal.QueryDbAsync(async db =>
            {
                var opening = await db.Set<Opening>().SingleAsync(o => o.Id == planted.OpeningId);
                opening.RequiredSkills = requiredSkills;
                if (!publish) opening.Unpublish();
                return await db.SaveChangesAsync();
            });
            return planted;
        }).Unwrap();

    private Task<List<ErmPortal.Data.Infrastructure.OutboxEmail>> EmailsToAsync(string email) =>
        portal.QueryDbAsync(db => db.OutboxEmails.Where(m => m.To == email).ToListAsync());

    [Fact]
    public async Task Should_find_only_consenting_candidates_by_skill_and_tag()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 2, "pooled");
        await ShapeAsync(planted, ("SQL, Kotlin", true, false, StageKind.Applied), ("Kotlin", false, false, StageKind.Applied));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var found = await hr.GetStringAsync("/recruitment/talent-pool?search=kotlin");
        Assert.Contains($"id=\"talent-{planted.CandidateIds[0]}\"", found);
        Assert.DoesNotContain($"id=\"talent-{planted.CandidateIds[1]}\"", found);

        var url = $"/recruitment/talent-pool/{planted.CandidateIds[0]}/tags";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/recruitment/talent-pool", url, new() { ["tag"] = "Speaks Kotlin" })).StatusCode);
        Assert.Contains($"id=\"talent-{planted.CandidateIds[0]}\"", await hr.GetStringAsync("/recruitment/talent-pool?tag=Speaks%20Kotlin"));
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/recruitment/talent-pool", url, new() { ["tag"] = "Speaks Kotlin", ["remove"] = "true" })).StatusCode);
        Assert.DoesNotContain($"id=\"talent-{planted.CandidateIds[0]}\"", await hr.GetStringAsync("/recruitment/talent-pool?tag=Speaks%20Kotlin"));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await portal.SignedInClientAsync(DemoPeople.Manager)).GetAsync("/recruitment/talent-pool")).StatusCode);
    }

    [Fact]
    public async Task Should_suggest_silver_medallists_and_skilled_candidates_and_invite_each_once()
    {
        var earlier = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 3, "silver");
        await ShapeAsync(earlier, ("Excel", true, false, StageKind.Offer), ("python, SQL", true, false, StageKind.Applied), ("C", true, false, StageKind.Applied));
        var opening = await NewOpeningAsync("suggest", "Python, Tableau");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/recruitment/openings/{opening.OpeningId}/talent";

        var page = WebUtility.HtmlDecode(await hr.GetStringAsync(url));
        var silver = page.IndexOf($"id=\"suggestion-{earlier.CandidateIds[0]}\"", StringComparison.Ordinal);
        var skilled = page.IndexOf($"id=\"suggestion-{earlier.CandidateIds[1]}\"", StringComparison.Ordinal);
        Assert.InRange(silver, 0, skilled - 1);
        Assert.Contains("Skills: python", page);
        Assert.DoesNotContain($"id=\"suggestion-{earlier.CandidateIds[2]}\"", page);

        var invite = $"{url}/{earlier.CandidateIds[0]}/invite";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, invite, [])).StatusCode);
        var email = Assert.Single(await EmailsToAsync("silver.1@candidates.test"));
        Assert.Contains($"/careers/{opening.OpeningId}", email.HtmlBody);
        Assert.Matches($"id=\"suggestion-{earlier.CandidateIds[0]}\"(.|\\n)*?Invited", await hr.GetStringAsync(url));

        await hr.PostFormAsync(url, invite, []);
        Assert.Contains("already been invited", WebUtility.HtmlDecode(await hr.GetStringAsync(url)));
        Assert.Single(await EmailsToAsync("silver.1@candidates.test"));
    }

    [Fact]
    public async Task Should_email_those_who_asked_when_a_matching_opening_is_published_and_stop_in_one_click()
    {
        var earlier = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 3, "informed");
        await ShapeAsync(earlier, ("Rust, Go", true, true, StageKind.Applied), ("Rust", true, false, StageKind.Applied), ("Rust", false, true, StageKind.Applied));
        var opening = await NewOpeningAsync("news", "rust", publish: false);

        await portal.AsUserAsync(DemoPeople.Hr, async services =>
        {
            var db = services.GetRequiredService<ErmDbContext>();
            var draft = await db.Set<Opening>().SingleAsync(o => o.Id == opening.OpeningId);
            draft.Publish(DateTime.UtcNow);
            foreach (var e in draft.TakeDomainEvents()) await services.GetRequiredService<IMediator>().Publish(e);
            return await db.SaveChangesAsync();
        });

        var told = Assert.Single(await EmailsToAsync("informed.1@candidates.test"));
        Assert.Empty(await EmailsToAsync("informed.2@candidates.test"));
        Assert.Empty(await EmailsToAsync("informed.3@candidates.test"));

        var stop = Regex.Match(told.HtmlBody!, "href=\"https?://[^/\"]+(/careers/unsubscribe/[^\"]+)\"").Groups[1].Value;
        var visitor = portal.CreatePortalClient();
        Assert.Contains("Stop these emails?", WebUtility.HtmlDecode(await visitor.GetStringAsync(stop)));
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostFormAsync(stop, stop, [])).StatusCode);
        Assert.Contains("id=\"opening-emails-stopped\"", await visitor.GetStringAsync(stop));
        Assert.False(await portal.QueryDbAsync(db => db.Set<Candidate>().Where(c => c.Id == earlier.CandidateIds[0]).Select(c => c.KeepInformed).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(stop + "x")).StatusCode);
    }
}
