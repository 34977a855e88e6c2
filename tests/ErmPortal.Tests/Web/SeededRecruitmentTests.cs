using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Recruitment.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The demo's three years of hiring show what a recruiter and an interviewer would see in a portal in use: interviews
/// to come for the demo sign-ins, scorecards that agree with how applications ended, offers in every state, and figures.
/// </summary>
public class SeededRecruitmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(DemoPeople.Manager)]
    [InlineData(DemoPeople.Employee)]
    public async Task Should_show_interviews_to_come_on_the_home_page_and_interview_list_when_a_demo_interviewer_signs_in(string email)
    {
        var client = await portal.SignedInClientAsync(email);

        var mine = await client.GetStringAsync("/me/interviews");
        var upcoming = mine[mine.IndexOf("id=\"upcoming-interviews\"", StringComparison.Ordinal)..mine.IndexOf("id=\"past-interviews\"", StringComparison.Ordinal)];
        Assert.Matches("id=\"my-interview-\\d+\"", upcoming);
        Assert.Matches("id=\"card-interview-\\d+\"", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Should_show_an_offer_acceptance_rate_counted_from_the_demo_offers()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = WebUtility.HtmlDecode(await hr.GetStringAsync("/recruitment/analytics?months=36"));

        var rate = int.Parse(Regex.Match(page, @"id=""figure-offer-acceptance"">(\d+)%<").Groups[1].Value);
        Assert.InRange(rate, 1, 99);
        var answered = await portal.QueryDbAsync(db => db.Set<Offer>().Where(o => o.Status == OfferStatus.Accepted || o.Status == OfferStatus.Declined)
            .GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Contains($"{answered[OfferStatus.Accepted]} accepted, {answered[OfferStatus.Declined]} declined", page);
    }

    [Fact]
    public async Task Should_show_the_submitted_scorecards_and_accepted_offer_of_a_demo_candidate_who_was_hired()
    {
        var hired = await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Stage.Kind == StageKind.Hired)
            .OrderByDescending(a => a.EndedAtUtc).Select(a => new { a.Id, a.CandidateId }).FirstAsync());
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var scorecards = WebUtility.HtmlDecode(await hr.GetStringAsync($"/recruitment/applications/{hired.Id}/scorecards"));
        Assert.Contains("id=\"scorecard-summary\"", scorecards);
        Assert.Matches("id=\"scorecard-\\d+-\\d+\"", scorecards);
        Assert.DoesNotContain("Strong no", scorecards[scorecards.IndexOf("id=\"recommendations\"", StringComparison.Ordinal)..]);
        var candidate = WebUtility.HtmlDecode(await hr.GetStringAsync($"/recruitment/candidates/{hired.CandidateId}"));
        Assert.Contains("submitted a scorecard", candidate);
        Assert.Contains("accepted", candidate);
        Assert.Equal(OfferStatus.Accepted, await portal.QueryDbAsync(db => db.Set<Offer>().Where(o => o.ApplicationId == hired.Id).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task Should_have_offers_declined_with_a_reason_and_every_state_still_in_play_when_the_demo_is_seeded()
    {
        var offers = await portal.QueryDbAsync(db => db.Set<Offer>()
            .Select(o => new { o.Status, o.DeclineReason, o.OutsideRange, Stage = o.Application.Stage.Kind, Opening = o.Application.Opening.Status }).ToListAsync());

        Assert.All(offers.Where(o => o.Stage == StageKind.Hired), o => Assert.Equal(OfferStatus.Accepted, o.Status));
        Assert.Contains(offers, o => o.Status == OfferStatus.Declined);
        Assert.All(offers.Where(o => o.Status == OfferStatus.Declined), o => Assert.False(string.IsNullOrWhiteSpace(o.DeclineReason)));
        Assert.Contains(offers, o => o is { Status: OfferStatus.PendingApproval, OutsideRange: true, Opening: OpeningStatus.Published });
        Assert.Contains(offers, o => o is { Status: OfferStatus.Sent or OfferStatus.Draft, Opening: OpeningStatus.Published });
    }

    [Fact]
    public async Task Should_anonymise_old_rejected_demo_candidates_with_their_interviews_and_scorecards_when_the_retention_job_runs()
    {
        var interviewed = await portal.QueryDbAsync(db => db.Set<JobApplication>()
            .Where(a => a.Stage.Kind == StageKind.Rejected && a.EndedAtUtc < DateTime.UtcNow.AddYears(-2) && a.Candidate.TalentPoolConsentAtUtc == null
                        && a.Candidate.Applications.Count == 1 && db.Set<Scorecard>().Any(s => s.ApplicationId == a.Id))
            .Select(a => a.CandidateId).FirstAsync());

        await using (var scope = portal.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AnonymiseExpiredCandidatesJob>().RunAsync(CancellationToken.None);

        Assert.NotNull(await portal.QueryDbAsync(db => db.Set<Candidate>().Where(c => c.Id == interviewed).Select(c => c.AnonymisedAtUtc).SingleAsync()));
        Assert.False(await portal.QueryDbAsync(db => db.Set<TimelineEntry>().AnyAsync(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == interviewed)));
        // What interviewers wrote about the person goes too; their ratings stay, without a person, for the figures.
        var scorecards = await portal.QueryDbAsync(db => db.Set<Scorecard>().Include(s => s.Ratings)
            .Where(s => db.Set<JobApplication>().Any(a => a.Id == s.ApplicationId && a.CandidateId == interviewed)).ToListAsync());
        Assert.NotEmpty(scorecards);
        Assert.All(scorecards, s => Assert.Null(s.Summary));
        Assert.All(scorecards.SelectMany(s => s.Ratings), r => Assert.Null(r.Note));
        Assert.Contains(scorecards.SelectMany(s => s.Ratings), r => r.Rating is not null);
    }

    [Fact]
    public async Task Should_link_past_demo_hires_to_the_colleagues_they_became_when_the_demo_is_seeded()
    {
        var hires = await portal.QueryDbAsync(db => db.Set<Offer>().Where(o => o.Status == OfferStatus.Accepted)
            .Select(o => new { o.HiredAtUtc, o.Application.CandidateId, o.Application.Candidate.EmployeeId, o.Application.Candidate.LastName,
                Colleague = o.Application.Candidate.Employee!.LegalLastName, Department = (int?)o.Application.Candidate.Employee.DepartmentId,
                OpeningDepartment = (int?)o.Application.Opening.DepartmentId })
            .ToListAsync());

        var linked = hires.Where(h => h.EmployeeId is not null).ToList();
        Assert.True(linked.Count >= hires.Count / 2, $"{linked.Count} of {hires.Count} demo hires are linked to a colleague.");
        Assert.All(linked, h => Assert.Equal((h.Colleague, h.OpeningDepartment), (h.LastName, h.Department)));
        Assert.All(linked, h => Assert.NotNull(h.HiredAtUtc));
        Assert.Equal(linked.Count, linked.Select(h => h.EmployeeId).Distinct().Count());

        // HR finds the candidate record from the colleague's profile.
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Contains($"href=\"/recruitment/candidates/{linked[0].CandidateId}\" id=\"profile-candidate-record\"", await hr.GetStringAsync($"/employees/{linked[0].EmployeeId}"));
    }
}
