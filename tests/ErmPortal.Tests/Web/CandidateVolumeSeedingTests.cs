using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Recruitment;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The demo portal seeded with candidates at volume, as `seed --candidates 120` asks, small enough to be quick.</summary>
public class CandidateVolumePortalFactory : PortalFactory
{
    public const int Candidates = 120;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(CandidateVolumeData.Volume.Setting, $"{Candidates}");
    }
}

/// <summary>
/// What the benchmark measures is there: the candidates asked for, each with an application, one published opening
/// of the demo manager's whose board holds its share of them across the stages, and every one found by the search.
/// </summary>
public class CandidateVolumeSeedingTests(CandidateVolumePortalFactory portal) : IClassFixture<CandidateVolumePortalFactory>
{
    private static readonly int OnBoard = CandidateVolumeData.OnBoard(CandidateVolumePortalFactory.Candidates);

    private record Application(int Id, int CandidateId, int OpeningId, OpeningStatus Status, StageKind Kind, string HiringManager, DateTime? EndedAtUtc);

    private Task<List<Application>> VolumeApplicationsAsync() => portal.QueryDbAsync(db => db.Set<JobApplication>()
        .Where(a => a.Opening.Requisition.Justification == CandidateVolumeData.Justification)
        .Select(a => new Application(a.Id, a.CandidateId, a.OpeningId, a.Opening.Status, a.Stage.Kind, a.Opening.HiringManager.WorkEmail, a.EndedAtUtc))
        .ToListAsync());

    [Fact]
    public async Task Should_write_the_candidates_asked_for_with_one_full_board_when_seeding_at_volume()
    {
        var applications = await VolumeApplicationsAsync();

        Assert.Equal(CandidateVolumePortalFactory.Candidates, applications.Select(a => a.CandidateId).Distinct().Count());
        var boards = applications.GroupBy(a => a.OpeningId).Where(g => g.First().Status == OpeningStatus.Published).ToList();
        var board = Assert.Single(boards);
        Assert.Equal(OnBoard, board.Count());
        Assert.Equal(DemoPeople.Manager, board.First().HiringManager);
        // Spread over the stages as a live opening is: still early, further on, turned down, withdrawn.
        Assert.Equal([StageKind.Applied, StageKind.Screening, StageKind.Interview, StageKind.Offer, StageKind.Rejected, StageKind.Withdrawn],
            board.Select(a => a.Kind).Distinct().Order());
        // The other openings are over: every application in them ended.
        var others = applications.Where(a => a.OpeningId != board.Key).ToList();
        Assert.Equal(CandidateVolumePortalFactory.Candidates - OnBoard, others.Select(a => a.CandidateId).Distinct().Count());
        Assert.All(others, a => Assert.Equal(OpeningStatus.Closed, a.Status));
        Assert.All(others, a => Assert.NotNull(a.EndedAtUtc));
    }

    [Fact]
    public async Task Should_show_every_card_on_the_board_and_find_each_candidate_by_email_when_seeded_at_volume()
    {
        var applications = await VolumeApplicationsAsync();
        var boardId = applications.Where(a => a.Status == OpeningStatus.Published).Select(a => a.OpeningId).First();
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        foreach (var viewer in new[] { hr, manager })
            Assert.Contains($"{OnBoard} candidates", await viewer.GetStringAsync($"/recruitment/openings/{boardId}/board"));

        // The search index was filled while the seed had its triggers suspended: the last candidate written is found too.
        var last = applications.MaxBy(a => a.CandidateId)!;
        var email = await portal.QueryDbAsync(db => db.Set<Candidate>().Where(c => c.Id == last.CandidateId).Select(c => c.Email).SingleAsync());
        var response = await hr.GetAsync($"/recruitment/candidates?search={Uri.EscapeDataString(email)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = Regex.Matches(await response.Content.ReadAsStringAsync(), @"<tr id=""result-\d+""").Count;
        Assert.Equal(applications.Count(a => a.CandidateId == last.CandidateId), found);
    }
}
