using ErmPortal.Data.Accounts;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>A portal started without the demo data, as a customer installs it.</summary>
public class EmptyPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:Demo", "false");
    }
}

public class FreshInstallationTests(EmptyPortalFactory portal) : IClassFixture<EmptyPortalFactory>
{
    [Fact]
    public async Task Should_have_the_four_roles_when_started_without_demo_data()
    {
        portal.CreatePortalClient(); // starts the portal
        var roles = await portal.QueryDbAsync(db => db.Roles.Select(r => r.Name).ToListAsync());
        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Employees.CountAsync()));
    }

    [Fact]
    public async Task Should_let_the_first_administrator_choose_a_password_when_invited_from_the_command_line()
    {
        portal.CreatePortalClient();
        var message = await portal.AsUserAsync(null, sp => AccountSetup.InviteAdministratorAsync(sp, "first.admin@customer.test"));
        var link = new Uri(message.Split('\n')[^1]);
        Assert.Equal("/account/reset-password", link.AbsolutePath);

        var client = portal.CreatePortalClient();
        var reset = await client.PostFormAsync(link.PathAndQuery, "/account/reset-password", new()
        {
            ["Email"] = "first.admin@customer.test",
            ["Token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!,
            ["NewPassword"] = "the first admin passphrase", ["ConfirmPassword"] = "the first admin passphrase",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, reset.StatusCode);
        await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = "first.admin@customer.test", ["Password"] = "the first admin passphrase" });
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin/accounts")).StatusCode);
    }
}
