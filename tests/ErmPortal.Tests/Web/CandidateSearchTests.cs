using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>Candidates are found across the openings the viewer may see, by name, email, skill, source and stage.</summary>
public class CandidateSearchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Two candidates of the manager's opening (one with skills, one referred and moved on) and one of HR's own opening.</summary>
    private async Task<(PlantedOpening Managers, PlantedOpening Others)> PlantAsync(string prefix)
    {
        var managers = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 2, prefix);
        var others = await portal.PlantOpeningAsync(DemoPeople.Hr, [], 1, prefix + "x");
        await portal.QueryDbAsync(async db =>
        {
            var first = await db.Set<Candidate>().SingleAsync(c => c.Id == managers.CandidateIds[0]);
            first.Skills = "Kubernetes, Rust";
            first.FirstName = "Zoë";
            var second = await db.Set<JobApplication>().Include(a => a.StageVisits).Include(a => a.Stage).SingleAsync(a => a.Id == managers.ApplicationIds[1]);
            second.Source = CandidateSource.Referral;
            second.MoveTo(await db.Set<OpeningStage>().SingleAsync(s => s.OpeningId == managers.OpeningId && s.Kind == StageKind.Interview), null, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return (managers, others);
    }

    private static string Row(int applicationId) => $"id=\"result-{applicationId}\"";

    [Fact]
    public async Task Should_find_candidates_by_name_email_and_skill_when_searching()
    {
        var (managers, _) = await PlantAsync("findme");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var byName = await hr.GetStringAsync("/recruitment/candidates?search=zoe%20findm");
        Assert.Contains(Row(managers.ApplicationIds[0]), byName);
        Assert.DoesNotContain(Row(managers.ApplicationIds[1]), byName);

        Assert.Contains(Row(managers.ApplicationIds[1]), await hr.GetStringAsync("/recruitment/candidates?search=findme.2%40candidates.test"));
        var bySkill = await hr.GetStringAsync("/recruitment/candidates?search=kube");
        Assert.Contains(Row(managers.ApplicationIds[0]), bySkill);
        Assert.DoesNotContain(Row(managers.ApplicationIds[1]), bySkill);
        // Full-text syntax typed into the box is read as words (the demo's candidates include names starting "Or").
        Assert.Contains("No candidate matches.", await hr.GetStringAsync("/recruitment/candidates?search=%22%20OR%20*%20qqzzx"));
    }

    [Fact]
    public async Task Should_filter_by_source_and_stage_when_asked()
    {
        var (managers, others) = await PlantAsync("filters");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var referred = await hr.GetStringAsync("/recruitment/candidates?search=filters&source=Referral");
        Assert.Contains(Row(managers.ApplicationIds[1]), referred);
        Assert.DoesNotContain(Row(managers.ApplicationIds[0]), referred);

        var interviewing = await hr.GetStringAsync("/recruitment/candidates?search=filters&stage=Interview");
        Assert.Contains(Row(managers.ApplicationIds[1]), interviewing);
        Assert.DoesNotContain(Row(others.ApplicationIds[0]), interviewing);

        var applied = await hr.GetStringAsync("/recruitment/candidates?search=filters&stage=Applied");
        Assert.Contains(Row(managers.ApplicationIds[0]), applied);
        Assert.Contains(Row(others.ApplicationIds[0]), applied);
        Assert.DoesNotContain(Row(managers.ApplicationIds[1]), applied);
    }

    [Fact]
    public async Task Should_list_only_the_candidates_of_the_managers_own_openings_when_a_manager_searches()
    {
        var (managers, others) = await PlantAsync("mine");
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        var found = await manager.GetStringAsync("/recruitment/candidates?search=mine");

        Assert.Contains(Row(managers.ApplicationIds[0]), found);
        Assert.Contains(Row(managers.ApplicationIds[1]), found);
        Assert.DoesNotContain(Row(others.ApplicationIds[0]), found);
        Assert.Contains("id=\"recruitment-tab-candidates\"", found);
    }
}
