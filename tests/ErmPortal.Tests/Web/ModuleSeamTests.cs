using System.Reflection;
using System.Text.RegularExpressions;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The shell (layout, home page, host) knows no module; menus and cards are what modules contribute.</summary>
public class ModuleSeamTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] ShellNamespaces = ["ErmPortal.Web.Home", "ErmPortal.Web.Shared"];

    private static IReadOnlyList<Type> ModuleControllers() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract && !ShellNamespaces.Contains(t.Namespace))
            .ToList();

    /// <summary>What would tie a shell file to a module: its controllers' names, their routes' first fixed part, and their views (named after actions).</summary>
    private static IReadOnlyList<(string What, Regex Pattern)> ModuleNames()
    {
        var names = new List<(string, Regex)>();
        foreach (var controller in ModuleControllers())
        {
            var name = controller.Name[..^"Controller".Length];
            names.Add(($"controller {name}", new Regex($"\"{name}\"|\\b{controller.Name}\\b")));
            var actions = controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            var prefixes = controller.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).DefaultIfEmpty("");
            var templates = actions.SelectMany(a => a.GetCustomAttributes<HttpMethodAttribute>().Select(h => h.Template ?? ""))
                .SelectMany(t => prefixes.Select(p => t.StartsWith('/') ? t : p + "/" + t));
            foreach (var literal in templates.Select(t => t.Split('{')[0].Trim('/')).Where(l => l.Length > 0).Distinct())
                names.Add(($"route /{literal}", new Regex($"/{Regex.Escape(literal.Split('/')[0])}(?![\\w-])")));
            foreach (var action in actions.Select(a => a.Name).Distinct())
                names.Add(($"view {action}", new Regex($"\\b{action}\\b")));
        }
        return names;
    }

    private static string SourceFile(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ErmPortal.sln"))) folder = folder.Parent;
        return File.ReadAllText(Path.Combine(folder!.FullName, "src", "ErmPortal.Web", relative));
    }

    [Fact]
    public void Should_find_module_controllers_routes_and_views_when_the_app_is_read()
    {
        var names = ModuleNames().Select(n => n.What).ToList();
        Assert.Contains("controller Directory", names);
        Assert.Contains("route /directory", names);
        Assert.Contains("view ListEmployees", names);
        Assert.DoesNotContain("controller Home", names);
    }

    [Theory]
    [InlineData("Shared/_Layout.cshtml")]
    [InlineData("Home/Dashboard.cshtml")]
    [InlineData("Home/GetDashboard.cs")]
    [InlineData("PortalHost.cs")]
    public void Should_name_no_module_when_shell_file_is_read(string file)
    {
        var text = SourceFile(file);
        var named = ModuleNames().Where(n => n.Pattern.IsMatch(text)).Select(n => n.What).ToList();
        Assert.True(named.Count == 0, $"{file} names {string.Join(", ", named)}");
    }

    [Theory]
    [InlineData(DemoPeople.Hr, new[] { "nav-employees", "nav-change-requests", "nav-audit", "nav-my-profile", "nav-org-chart" }, new[] { "nav-accounts" })]
    [InlineData(DemoPeople.Employee, new[] { "nav-directory", "nav-org-chart", "nav-my-profile", "nav-edit-my-profile" }, new[] { "nav-employees", "nav-change-requests", "nav-accounts", "nav-audit", "nav-my-team" })]
    [InlineData(DemoPeople.Admin, new[] { "nav-accounts", "nav-employees", "nav-audit" }, new[] { "nav-change-requests", "nav-my-team" })]
    [InlineData(DemoPeople.Manager, new[] { "nav-my-team", "nav-my-profile" }, new[] { "nav-employees", "nav-accounts" })]
    public async Task Should_show_menu_entries_for_the_role_when_a_page_is_drawn(string email, string[] shown, string[] hidden)
    {
        var page = await (await portal.SignedInClientAsync(email)).GetStringAsync("/directory");
        Assert.All(shown, id => Assert.Contains($"id=\"{id}\"", page));
        Assert.All(hidden, id => Assert.DoesNotContain($"id=\"{id}\"", page));
        // The person's own menu ends with the shell's account entries, whoever they are.
        Assert.Contains("id=\"sign-out\"", page);
    }

    [Fact]
    public async Task Should_count_pending_change_requests_in_the_badge_when_hr_opens_a_page()
    {
        await portal.QueryDbAsync(async db =>
        {
            var employee = await db.Employees.FirstAsync(e => e.WorkEmail == DemoPeople.Employee);
            db.ChangeRequests.Add(ChangeRequest.Submit(employee,
                [new ChangeRequestItem { Field = SensitiveField.LegalLastName, OldValue = employee.LegalLastName, NewValue = "Badge-Test" }],
                null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var pending = await portal.QueryDbAsync(db => db.ChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending));

        var page = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync("/directory");
        var badge = Regex.Match(page, "id=\"nav-change-requests\"[^>]*>.*?<span class=\"badge[^\"]*\">(\\d+)</span>", RegexOptions.Singleline);
        Assert.True(badge.Success, "no badge on the change requests entry");
        Assert.Equal(pending, int.Parse(badge.Groups[1].Value));
    }

    [Theory]
    [InlineData(DemoPeople.Hr, new[] { "my-section", "hr-section", "upcoming-section", "change-requests-section", "workforce-section" }, new[] { "team-section", "admin-section" })]
    [InlineData(DemoPeople.Manager, new[] { "my-section", "team-section" }, new[] { "hr-section", "upcoming-section", "change-requests-section", "workforce-section", "admin-section" })]
    [InlineData(DemoPeople.Employee, new[] { "my-section" }, new[] { "team-section", "hr-section", "upcoming-section", "change-requests-section", "workforce-section", "admin-section" })]
    [InlineData(DemoPeople.Admin, new[] { "my-section", "admin-section" }, new[] { "team-section", "hr-section", "upcoming-section", "change-requests-section", "workforce-section" })]
    public async Task Should_show_the_cards_for_the_role_and_nothing_coming_soon_when_home_page_opens(string email, string[] shown, string[] hidden)
    {
        var home = await (await portal.SignedInClientAsync(email)).GetStringAsync("/");
        Assert.All(shown, id => Assert.Contains($"id=\"{id}\"", home));
        Assert.All(hidden, id => Assert.DoesNotContain($"id=\"{id}\"", home));
        Assert.DoesNotContain("Coming soon", home);
    }

    [Fact]
    public async Task Should_leave_no_empty_card_when_an_account_without_employee_record_opens_home()
    {
        const string email = "manager-without-record@erm.test";
        await portal.CreateAccountAsync(email, "a long enough passphrase", ErmPortal.Data.Accounts.Roles.Manager);
        var client = portal.CreatePortalClient();
        await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = "a long enough passphrase" });
        var home = await client.GetStringAsync("/");
        Assert.DoesNotContain("id=\"team-section\"", home);
        Assert.DoesNotContain("id=\"my-section\"", home);
        Assert.DoesNotContain("id=\"nav-my-profile\"", home);
    }
}
