using System.Net;
using ErmPortal.Data.Onboarding;
using ErmPortal.Tests.Infrastructure;

namespace ErmPortal.Tests.Web;

/// <summary>HR's template pages read as many SQL commands for many templates and versions as for few.</summary>
public class JourneyTemplateQueryCountTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private Task<int> PlantAsync(string name, int versions) => portal.QueryDbAsync(async db =>
    {
        var template = new JourneyTemplate { Name = name, Kind = JourneyKind.Onboarding };
        for (var v = 0; v < versions; v++)
            template.Revise([new TemplateTask { Title = $"Task of version {v + 1}", Owner = TaskOwner.Manager, DueOffset = v, DueUnit = OffsetUnit.Days }],
                "planted", DateTime.UtcNow);
        db.Add(template);
        await db.SaveChangesAsync();
        return template.Id;
    });

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_twelve_more_templates_when_hr_opens_the_list()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var few = await CommandsForAsync(hr, "/onboarding/templates");
        for (var i = 0; i < 12; i++) await PlantAsync($"Counted template {i}", versions: 1 + i % 3);

        Assert.Equal(few, await CommandsForAsync(hr, "/onboarding/templates"));
    }

    [Fact]
    public async Task Should_send_as_many_commands_for_eight_versions_as_for_one_when_hr_opens_a_template()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var one = await PlantAsync("One version", versions: 1);
        var eight = await PlantAsync("Eight versions", versions: 8);

        Assert.Equal(await CommandsForAsync(hr, $"/onboarding/templates/{one}"), await CommandsForAsync(hr, $"/onboarding/templates/{eight}"));
    }
}
