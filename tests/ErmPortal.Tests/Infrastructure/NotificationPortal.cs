using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// The portal with its SQL commands counted and a clock the test sets, for notifications and the reminder days.
/// </summary>
public class NotificationPortal : CountingPortalFactory
{
    public const string Password = "notification test passphrase";

    public DateTime Now { get; set; } = DateTime.UtcNow;
    public Mock<IClock> Clock { get; } = new();

    public NotificationPortal()
    {
        Clock.SetupGet(c => c.UtcNow).Returns(() => Now);
        Clock.SetupGet(c => c.Today).Returns(() => DateOnly.FromDateTime(Now));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(Clock.Object));
    }

    /// <summary>A new account of its own, signed in, so a test sees only the notifications it makes.</summary>
    public async Task<(HttpClient Client, string UserId)> NewPersonAsync(string email, params string[] roles)
    {
        var userId = await CreateAccountAsync(email, Password, roles);
        var client = CreatePortalClient();
        var signIn = await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        return (client, userId);
    }

    /// <summary>Sends notifications the way a module's subscriber does, committed as its unit of work would.</summary>
    public Task NotifyAsync(string userId, int count, string kind, NotificationArguments arguments, string? link) =>
        AsUserAsync(null, async sp =>
        {
            var notifier = sp.GetRequiredService<INotifier>();
            for (var i = 0; i < count; i++) await notifier.NotifyAsync([userId], kind, arguments, link, CancellationToken.None);
            return await sp.GetRequiredService<ErmDbContext>().SaveChangesAsync();
        });
}
