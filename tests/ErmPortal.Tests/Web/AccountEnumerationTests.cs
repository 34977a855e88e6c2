using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ErmPortal.Tests.Web;

/// <summary>The portal's own password hasher, counting how often a password is checked against a hash.</summary>
public class CountingHasherPortalFactory : PortalFactory
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public void ResetCount() => Interlocked.Exchange(ref _verifications, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<ApplicationUser>>(sp =>
            new CountingHasher(new PasswordHasher<ApplicationUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), this)));
    }

    private sealed class CountingHasher(IPasswordHasher<ApplicationUser> inner, CountingHasherPortalFactory counter) : IPasswordHasher<ApplicationUser>
    {
        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref counter._verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>
/// Sign-in must not tell which accounts exist: not by its answer, and not by its work (the password hash is what
/// takes time, so it runs once whatever the account).
/// </summary>
public class AccountEnumerationTests(CountingHasherPortalFactory portal) : IClassFixture<CountingHasherPortalFactory>
{
    private const string Password = "the right passphrase";

    private async Task<string> SignInErrorAsync(string email, string password)
    {
        var response = await portal.CreatePortalClient().PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Regex.Match(await response.Content.ReadAsStringAsync(), "validation-summary-errors[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
    }

    private async Task LockAsync(string email)
    {
        for (var attempt = 1; attempt <= 5; attempt++) await SignInErrorAsync(email, "wrong passphrase " + attempt);
    }

    private async Task DisableAsync(string email) =>
        await portal.QueryDbAsync(async db =>
        {
            var user = db.Users.Single(u => u.Email == email);
            user.DisabledAtUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Should_answer_the_same_when_email_is_unknown_password_wrong_or_account_locked()
    {
        await portal.CreateAccountAsync("known@erm.test", Password);
        await portal.CreateAccountAsync("locked@erm.test", Password);
        await LockAsync("locked@erm.test");
        await portal.CreateAccountAsync("disabled@erm.test", Password);
        await DisableAsync("disabled@erm.test");

        var unknown = await SignInErrorAsync("nobody-here@erm.test", "wrong passphrase");

        Assert.Contains("The email or password is not right.", unknown);
        Assert.Equal(unknown, await SignInErrorAsync("known@erm.test", "wrong passphrase"));
        Assert.Equal(unknown, await SignInErrorAsync("locked@erm.test", "wrong passphrase"));
        Assert.Equal(unknown, await SignInErrorAsync("disabled@erm.test", "wrong passphrase"));
        Assert.Equal(unknown, await SignInErrorAsync("disabled@erm.test", Password));
    }

    [Fact]
    public async Task Should_check_one_password_hash_when_email_is_unknown_as_when_it_is_known()
    {
        await portal.CreateAccountAsync("counted@erm.test", Password);
        await portal.CreateAccountAsync("counted-locked@erm.test", Password);
        await LockAsync("counted-locked@erm.test");
        await portal.CreateAccountAsync("counted-disabled@erm.test", Password);
        await DisableAsync("counted-disabled@erm.test");
        var invitedId = await portal.AsUserAsync(null, async sp =>
        {
            // Invited and not yet set a password: no hash of its own.
            var user = new ApplicationUser { UserName = "counted-invited@erm.test", Email = "counted-invited@erm.test", EmailConfirmed = true };
            await sp.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user);
            return user.Id;
        });
        Assert.NotNull(invitedId);

        var counts = new Dictionary<string, int>();
        foreach (var email in new[] { "counted@erm.test", "nobody-at-all@erm.test", "counted-locked@erm.test", "counted-disabled@erm.test", "counted-invited@erm.test" })
        {
            portal.ResetCount();
            await SignInErrorAsync(email, "a wrong passphrase");
            counts[email] = portal.Verifications;
        }

        Assert.All(counts, count => Assert.True(count.Value == 1, $"{count.Key}: {count.Value} password checks"));
    }
}
