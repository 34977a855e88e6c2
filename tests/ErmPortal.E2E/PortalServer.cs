using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErmPortal.E2E;

/// <summary>The portal on a real socket with the demo organisation, and a headless Chromium to drive it.</summary>
public sealed class PortalServer : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), "erm-e2e", $"{Guid.NewGuid():N}.db");
    private readonly Factory _factory;
    private IPlaywright? _playwright;

    public PortalServer() => _factory = new Factory(_database);

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The running portal's services, for a journey that needs data no page makes yet.</summary>
    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            // The machine has no route out; without these Chromium keeps trying to reach its update services.
            Args = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_database + suffix);
    }

    private sealed class Factory(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSolutionRelativeContentRoot("", "ErmPortal.sln");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={database}");
            builder.UseSetting("Seed:Demo", "true");
            builder.UseSetting("Jobs:Enabled", "false");
        }
    }
}
