using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Recruitment;
using ErmPortal.Web.Recruitment.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>Candidates not hired are forgotten after the retention period unless they joined the talent pool; HR answers requests for a copy or erasure.</summary>
public class CandidatePrivacyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Ends the application as rejected the given number of months ago, with a CV file and a timeline note.</summary>
    private async Task<string> RejectAsync(int applicationId, int monthsAgo, bool talentPool = false)
    {
        var storage = portal.Services.GetRequiredService<IFileStorage>();
        var key = await storage.SaveAsync(new MemoryStream("%PDF-1.4 cv"u8.ToArray()), "cv", ".pdf", default);
        await portal.QueryDbAsync(async db =>
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits).Include(a => a.Candidate)
                .SingleAsync(a => a.Id == applicationId);
            var rejected = await db.Set<OpeningStage>().SingleAsync(s => s.OpeningId == application.OpeningId && s.Kind == StageKind.Rejected);
            application.MoveTo(rejected, "Other candidates matched more closely.", DateTime.UtcNow.AddMonths(-monthsAgo));
            application.CvFileKey = key;
            application.CoverLetter = "I would love to join.";
            if (talentPool) application.Candidate.TalentPoolConsentAtUtc = DateTime.UtcNow.AddMonths(-monthsAgo);
            db.Add(new TimelineEntry { SubjectType = TimelineSubjects.Candidate, SubjectId = application.CandidateId, Kind = "note",
                OccurredAtUtc = DateTime.UtcNow, Audience = TimelineAudience.Hr });
            return await db.SaveChangesAsync();
        });
        return key;
    }

    private Task<Candidate> CandidateAsync(int id) =>
        portal.QueryDbAsync(db => db.Set<Candidate>().Include(c => c.Applications).SingleAsync(c => c.Id == id));

    private Task<int> TimelineOfAsync(int candidateId) =>
        portal.QueryDbAsync(db => db.Set<TimelineEntry>().CountAsync(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == candidateId));

    [Fact]
    public async Task Should_anonymise_only_candidates_rejected_before_the_retention_period_who_did_not_join_the_talent_pool()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 3, "retention");
        var expiredCv = await RejectAsync(planted.ApplicationIds[0], monthsAgo: 13);
        await RejectAsync(planted.ApplicationIds[1], monthsAgo: 13, talentPool: true);
        await RejectAsync(planted.ApplicationIds[2], monthsAgo: 1);

        await portal.Services.CreateScope().ServiceProvider.GetRequiredService<AnonymiseExpiredCandidatesJob>().RunAsync(default);

        var expired = await CandidateAsync(planted.CandidateIds[0]);
        Assert.NotNull(expired.AnonymisedAtUtc);
        Assert.Equal($"anonymised-{expired.Id}@invalid", expired.Email);
        Assert.Null(expired.Phone);
        Assert.All(expired.Applications, a => Assert.Null(a.CoverLetter));
        Assert.Equal(StageKind.Rejected, await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == planted.ApplicationIds[0]).Select(a => a.Stage.Kind).SingleAsync()));
        Assert.DoesNotContain(portal.StoredFiles(), f => f.EndsWith(Path.GetFileName(expiredCv), StringComparison.Ordinal));
        Assert.Equal(0, await TimelineOfAsync(expired.Id));

        Assert.Null((await CandidateAsync(planted.CandidateIds[1])).AnonymisedAtUtc);
        Assert.Null((await CandidateAsync(planted.CandidateIds[2])).AnonymisedAtUtc);
        Assert.Equal(1, await TimelineOfAsync(planted.CandidateIds[2]));
        // Nothing left to do on the second run.
        Assert.Equal(0, await portal.SendAsync(null, new AnonymiseExpiredCandidates.Command()));
    }

    [Fact]
    public async Task Should_give_hr_a_copy_of_the_candidates_data_with_their_cv_and_nobody_else()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "copy");
        await RejectAsync(planted.ApplicationIds[0], monthsAgo: 0);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var response = await hr.GetAsync($"/recruitment/candidates/{planted.CandidateIds[0]}/privacy/export");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var json = await new StreamReader(zip.GetEntry("candidate.json")!.Open()).ReadToEndAsync();
        Assert.Contains("copy.1@candidates.test", json);
        Assert.Contains("Other candidates matched more closely.", json);
        Assert.Contains("I would love to join.", json);
        Assert.NotNull(zip.GetEntry("cv-1.pdf"));

        // Even the hiring team does not export or erase: that is HR's answer to the candidate.
        foreach (var other in new[] { DemoPeople.Manager, DemoPeople.Employee })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await portal.SignedInClientAsync(other)).GetAsync($"/recruitment/candidates/{planted.CandidateIds[0]}/privacy/export")).StatusCode);
    }

    [Fact]
    public async Task Should_erase_on_request_end_the_private_link_and_refuse_a_stale_page()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "erase");
        var cv = await RejectAsync(planted.ApplicationIds[0], monthsAgo: 0, talentPool: true);
        var id = planted.CandidateIds[0];
        var token = await portal.AsUserAsync(null, async s => s.GetRequiredService<CandidateLinks>().TokenFor(await s.GetRequiredService<ErmPortal.Data.ErmDbContext>().Set<Candidate>().SingleAsync(c => c.Id == id)));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var url = $"/recruitment/candidates/{id}/privacy";
        var page = await hr.GetStringAsync(url);
        Assert.Contains("This candidate is in the talent pool", page);

        var stale = await hr.PostFormAsync(url, $"{url}/erase", new() { ["version"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("changed after you opened this page", await hr.GetStringAsync(url));
        Assert.Null((await CandidateAsync(id)).AnonymisedAtUtc);

        var version = Regex.Match(page, "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(url, $"{url}/erase", new() { ["version"] = version })).StatusCode);
        Assert.Contains("id=\"candidate-anonymised\"", await hr.GetStringAsync(url));
        Assert.DoesNotContain(portal.StoredFiles(), f => f.EndsWith(Path.GetFileName(cv), StringComparison.Ordinal));
        Assert.Null(await portal.AsUserAsync(null, s => s.GetRequiredService<CandidateLinks>().CandidateIdOfAsync(token, default)));
    }
}
