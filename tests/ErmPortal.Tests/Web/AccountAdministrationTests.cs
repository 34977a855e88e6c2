using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class AccountAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "a long enough passphrase";

    private static Task<HttpResponseMessage> TrySignIn(HttpClient client, string email) =>
        client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = Password });

    private static Task<HttpResponseMessage> Manage(HttpClient admin, string userId, string operation) =>
        admin.PostFormAsync("/admin/accounts", $"/admin/accounts/{userId}/manage", new() { ["operation"] = operation });

    [Fact]
    public async Task Should_sign_out_and_refuse_disabled_account_when_admin_disables_it()
    {
        var userId = await portal.CreateAccountAsync("leaver@erm.test", Password, Roles.Employee);
        var person = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignIn(person, "leaver@erm.test")).StatusCode);
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);

        await Manage(admin, userId, "Disable");

        Assert.Contains("The email or password is not right.", await (await TrySignIn(portal.CreatePortalClient(), "leaver@erm.test")).Content.ReadAsStringAsync());
        var stampChanged = await portal.QueryDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.DisabledAtUtc).SingleAsync());
        Assert.NotNull(stampChanged);

        await Manage(admin, userId, "Enable");
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignIn(portal.CreatePortalClient(), "leaver@erm.test")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_when_admin_tries_to_disable_their_own_account()
    {
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);
        var adminId = await portal.QueryDbAsync(db => db.Users.Where(u => u.Email == DemoPeople.Admin).Select(u => u.Id).SingleAsync());
        await Manage(admin, adminId, "Disable");
        Assert.Contains("You cannot disable your own account.", await admin.GetStringAsync("/admin/accounts"));
        Assert.Null(await portal.QueryDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.DisabledAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task Should_give_roles_when_admin_saves_role_checkboxes()
    {
        var userId = await portal.CreateAccountAsync("promoted@erm.test", Password, Roles.Employee);
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);
        var page = await admin.GetStringAsync("/admin/accounts?search=promoted");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

        await admin.PostAsync($"/admin/accounts/{userId}/roles", new FormUrlEncodedContent(
        [
            new("Roles", Roles.Employee), new("Roles", Roles.Hr), new("__RequestVerificationToken", token),
        ]));

        var roles = await portal.QueryDbAsync(db => db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Employee, Roles.Hr], roles.Order());
    }

    [Fact]
    public async Task Should_create_account_and_queue_invitation_when_admin_invites()
    {
        var admin = await portal.SignedInClientAsync(DemoPeople.Admin);
        var response = await admin.PostFormAsync("/admin/accounts/invite", "/admin/accounts/invite",
            new() { ["Email"] = "auditor@external.test", ["Roles"] = Roles.Admin });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await portal.QueryDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == "auditor@external.test")));

        var again = await admin.PostFormAsync("/admin/accounts/invite", "/admin/accounts/invite",
            new() { ["Email"] = "auditor@external.test", ["Roles"] = Roles.Admin });
        Assert.Contains("An account with this email already exists.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_forbid_hr_when_opening_account_administration()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.GetAsync("/admin/accounts")).StatusCode);
    }
}
