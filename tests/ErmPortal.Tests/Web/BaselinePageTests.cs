using System.Globalization;
using System.Text.RegularExpressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The page the load benchmark compares every other page with: it must do the least a real page does, and no more.</summary>
public class BaselinePageTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private const string Baseline = "/diagnostics/baseline";
    private static readonly Regex Row = new("id=\"position-(\\d+)\"", RegexOptions.Compiled);

    private static List<int> RowsOn(string page) =>
        Row.Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Should_list_the_first_positions_by_title_inside_the_layout_when_an_employee_opens_the_baseline()
    {
        var expected = await portal.QueryDbAsync(db => db.Positions.OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => p.Id).Take(GetBaseline.RowCount).ToListAsync());
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await client.GetStringAsync(Baseline);

        Assert.Equal(GetBaseline.RowCount, expected.Count);
        Assert.Equal(expected, RowsOn(page));
        // The viewer's menu is drawn as on every other page.
        Assert.Contains("id=\"nav-directory\"", page);
        Assert.Contains("id=\"sign-out\"", page);
    }

    [Fact]
    public async Task Should_show_markup_in_a_title_as_text_when_the_baseline_lists_it()
    {
        await portal.QueryDbAsync(db =>
        {
            db.Positions.Add(new Position { Title = "A<script>alert(1)</script> & Co", JobFamily = "Test", Level = 3 });
            return db.SaveChangesAsync();
        });
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);

        var page = await client.GetStringAsync(Baseline);

        Assert.Contains("A&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", page);
        Assert.DoesNotContain("<script>alert(1)", page);
    }

    [Fact]
    public async Task Should_read_its_rows_with_one_query_beyond_what_the_layout_reads_when_the_baseline_opens()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);
        // The not-found page is drawn through the same layout and reads nothing of its own.
        await client.GetAsync("/error/404");
        await client.GetStringAsync(Baseline);

        portal.Commands.Reset();
        await client.GetAsync("/error/404");
        var layout = portal.Commands.Texts;
        portal.Commands.Reset();
        await client.GetStringAsync(Baseline);
        var baseline = portal.Commands.Texts;

        Assert.Equal(layout.Count + 1, baseline.Count);
        var own = Assert.Single(baseline, sql => sql.Contains("FROM \"Positions\"", StringComparison.Ordinal));
        Assert.Contains("ORDER BY", own, StringComparison.Ordinal);
        Assert.Contains("LIMIT", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_read_the_positions_in_order_from_the_title_index_when_the_baseline_opens()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        portal.Commands.Reset();
        await client.GetStringAsync(Baseline);
        var sql = Assert.Single(portal.Commands.Texts, text => text.Contains("FROM \"Positions\"", StringComparison.Ordinal));

        var plan = await portal.QueryDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            // A limit sent as a parameter does not change the plan; any value will do.
            foreach (var name in Regex.Matches(sql, @"@\w+").Select(m => m.Value).Distinct())
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = GetBaseline.RowCount;
                command.Parameters.Add(parameter);
            }
            var details = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) details.Add(reader.GetString(3));
            return string.Join("\n", details);
        });

        Assert.Contains("USING INDEX IX_Positions_Title", plan, StringComparison.Ordinal);
        // Sorting the rows after reading them would be a TEMP B-TREE step.
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }
}
