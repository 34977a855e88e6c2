using System.Net;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The recruitment figures of an opening: the funnel, the time in each stage and to hire, sources, offers; and their CSV.</summary>
public class RecruitmentAnalyticsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>
    /// Four candidates: one hired twelve days after applying (referral) on an accepted offer, one rejected at the
    /// interview, one who declined the offer and withdrew, one still in Applied.
    /// </summary>
    internal static async Task<PlantedOpening> PlantHistoryAsync(PortalFactory portal, string title)
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 4, $"figures{Guid.NewGuid():N}"[..14], title: title);
        await portal.QueryDbAsync(async db =>
        {
            var stages = await db.Set<OpeningStage>().Where(s => s.OpeningId == planted.OpeningId).ToListAsync();
            OpeningStage Stage(StageKind kind) => stages.First(s => s.Kind == kind);
            var applications = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits)
                .Where(a => planted.ApplicationIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync();
            var (hired, rejected, declined) = (applications[0], applications[1], applications[2]);
            hired.Source = CandidateSource.Referral;
            foreach (var application in new[] { hired, rejected, declined })
            {
                application.MoveTo(Stage(StageKind.Screening), null, application.AppliedAtUtc.AddDays(2));
                application.MoveTo(Stage(StageKind.Interview), null, application.AppliedAtUtc.AddDays(5));
            }
            hired.MoveTo(Stage(StageKind.Offer), null, hired.AppliedAtUtc.AddDays(9));
            await OfferAsync(db, hired, planted, accepted: true);
            hired.MarkHired(Stage(StageKind.Hired), hired.AppliedAtUtc.AddDays(12));
            rejected.MoveTo(Stage(StageKind.Rejected), "Not enough SQL", rejected.AppliedAtUtc.AddDays(8));
            declined.MoveTo(Stage(StageKind.Offer), null, declined.AppliedAtUtc.AddDays(10));
            await OfferAsync(db, declined, planted, accepted: false);
            declined.Withdraw(Stage(StageKind.Withdrawn), "Took another offer", declined.AppliedAtUtc.AddDays(13));
            return await db.SaveChangesAsync();
        });
        return planted;
    }

    /// <summary>An offer sent to an application in its offer stage; answered as given, or left unanswered when <paramref name="accepted"/> is none.</summary>
    private static async Task<Offer> OfferAsync(ErmPortal.Data.ErmDbContext db, JobApplication application, PlantedOpening planted, bool? accepted)
    {
        var requisition = await db.Set<Requisition>().SingleAsync(r => r.Id == planted.RequisitionId);
        var at = application.StageEnteredAtUtc;
        var offer = Offer.Draft(application, requisition, 45_000m, "EUR", DateOnly.FromDateTime(at).AddMonths(1), requisition.PositionId, null, "planted", at.AddHours(1));
        offer.Send(at.AddHours(2));
        if (accepted == true) offer.RecordAccepted(at.AddDays(1));
        else if (accepted == false) offer.RecordDeclined("The salary is below what I earn now.", at.AddDays(1));
        db.Add(offer);
        return offer;
    }

    [Fact]
    public async Task Should_show_the_funnel_stage_times_time_to_hire_and_offer_acceptance_of_an_opening()
    {
        var planted = await PlantHistoryAsync(portal, "Figures analyst");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = WebUtility.HtmlDecode(await hr.GetStringAsync($"/recruitment/analytics?opening={planted.OpeningId}&months=3"));

        Assert.Contains("Applications to Figures analyst received since", page);
        Assert.Matches(@"id=""figure-applications"">4<", page);
        Assert.Matches(@"id=""figure-hires"">1<", page);
        Assert.Matches(@"id=""figure-time-to-hire"">12 days<", page);
        Assert.Matches(@"id=""figure-offer-acceptance"">50%<", page);
        Assert.Matches($@"data-opening=""{planted.OpeningId}"">.*data-offers=""1/2"" title=""1 accepted, 1 declined"">50%<", page);
        // Reached: all 4 applied, 3 screened and interviewed, 2 offered, 1 hired.
        Assert.Matches(@"data-stage=""Applied"">.*data-value=""4"".*data-stage=""Screening"">.*data-value=""3"".*75%.*data-stage=""Interview"">.*data-value=""3"".*100%.*data-stage=""Offer"">.*data-value=""2"".*67%.*data-stage=""Hired"">.*data-value=""1"".*50%",
            page.ReplaceLineEndings(" "));
        // Two days in Applied and three in Screening for each; the interview lasted 3 to 5 days (4 on average).
        Assert.Matches(@"id=""stages-table"".*data-stage=""Applied"">.*data-value=""2"".*data-stage=""Screening"">.*data-value=""3"".*data-stage=""Interview"">.*data-value=""4""",
            page.ReplaceLineEndings(" "));
        Assert.Matches(@"data-source=""Referral"">.*?<td data-value=""1"">1</td><td>1</td><td data-value=""1"">1</td><td>100%</td>", page);
    }

    [Fact]
    public async Task Should_export_a_table_as_csv_with_cells_a_spreadsheet_would_run_neutralised()
    {
        var planted = await PlantHistoryAsync(portal, "=HYPERLINK(\"http://evil.test\")");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var response = await hr.GetAsync($"/recruitment/analytics/openings.csv?opening={planted.OpeningId}&months=12");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("Opening,Opened,Applications,Hires,AverageDaysToHire,OffersAccepted,OffersDeclined,OfferAcceptance", csv.TrimStart('\uFEFF'));
        Assert.Matches(@"""'=HYPERLINK\(""""http://evil.test""""\)"",\d{4}-\d\d-\d\d,4,1,12,1,1,0.5", csv);
    }

    [Fact]
    public async Task Should_show_a_manager_only_the_openings_they_hire_for()
    {
        var theirs = await PlantHistoryAsync(portal, "The manager's opening");
        var elsewhere = await portal.QueryDbAsync(db => db.Employees.Where(e => e.DirectReports.Any() && e.WorkEmail != DemoPeople.Manager)
            .Select(e => e.WorkEmail).FirstAsync());
        var other = await portal.PlantOpeningAsync(elsewhere, [], 2, $"other{Guid.NewGuid():N}"[..12], title: "Somebody else's opening");
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        var all = await manager.GetStringAsync("/recruitment/analytics?months=3");
        Assert.Contains($"data-opening=\"{theirs.OpeningId}\"", all);
        Assert.DoesNotContain($"data-opening=\"{other.OpeningId}\"", all);
        Assert.DoesNotContain("Somebody else&#x27;s opening", all);

        // Asking for the other opening by its id shows the manager's own figures, not the other's.
        var asked = await manager.GetStringAsync($"/recruitment/analytics?opening={other.OpeningId}&months=3");
        Assert.DoesNotContain("Somebody else", asked);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetAsync("/recruitment/analytics")).StatusCode);
    }

    [Fact]
    public async Task Should_count_only_offers_the_candidates_answered_when_one_withdrew_without_an_offer_and_another_offer_was_taken_back()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 3, $"answers{Guid.NewGuid():N}"[..14], title: "Offers analyst");
        await portal.QueryDbAsync(async db =>
        {
            var stages = await db.Set<OpeningStage>().Where(s => s.OpeningId == planted.OpeningId).ToListAsync();
            OpeningStage Stage(StageKind kind) => stages.First(s => s.Kind == kind);
            var applications = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits)
                .Where(a => planted.ApplicationIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync();
            foreach (var application in applications) application.MoveTo(Stage(StageKind.Offer), null, application.AppliedAtUtc.AddDays(5));
            var (hired, withdrewBeforeAnOffer, takenBack) = (applications[0], applications[1], applications[2]);
            await OfferAsync(db, hired, planted, accepted: true);
            hired.MarkHired(Stage(StageKind.Hired), hired.AppliedAtUtc.AddDays(8));
            withdrewBeforeAnOffer.Withdraw(Stage(StageKind.Withdrawn), "Took another job", withdrewBeforeAnOffer.AppliedAtUtc.AddDays(6));
            (await OfferAsync(db, takenBack, planted, accepted: null)).Withdraw(takenBack.AppliedAtUtc.AddDays(6));
            return await db.SaveChangesAsync();
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var page = WebUtility.HtmlDecode(await hr.GetStringAsync($"/recruitment/analytics?opening={planted.OpeningId}&months=3"));

        // Counted from the stages, the withdrawal after reaching the offer stage would have made this 50%.
        Assert.Matches(@"id=""figure-offer-acceptance"">100%<", page);
        Assert.Contains("1 accepted, 0 declined", page);
        var csv = await hr.GetStringAsync($"/recruitment/analytics/openings.csv?opening={planted.OpeningId}&months=3");
        Assert.Matches(@"Offers analyst,\d{4}-\d\d-\d\d,3,1,\d+(\.\d)?,1,0,1", csv);
    }
}

/// <summary>The analytics read their figures in a fixed number of queries, however many openings have answered offers.</summary>
public class RecruitmentAnalyticsQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        await client.GetStringAsync(url);
        portal.Commands.Reset();
        await client.GetStringAsync(url);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_read_the_analytics_in_the_same_number_of_queries_when_more_openings_have_answered_offers()
    {
        await RecruitmentAnalyticsTests.PlantHistoryAsync(portal, "First counted opening");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var few = await CommandsForAsync(hr, "/recruitment/analytics?months=3");

        foreach (var n in Enumerable.Range(2, 3)) await RecruitmentAnalyticsTests.PlantHistoryAsync(portal, $"Counted opening {n}");
        var many = await CommandsForAsync(hr, "/recruitment/analytics?months=3");

        Assert.Equal(few, many);
    }
}
