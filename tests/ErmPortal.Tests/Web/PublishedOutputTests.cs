using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The customer keeps appsettings.json and wwwroot/ at the repository root: the published app must carry both
/// and serve the stylesheets from its own folder.
/// </summary>
public class PublishedOutputTests : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "erm-publish", Guid.NewGuid().ToString("N"));
    private Process? _app;

    [Fact]
    public async Task Should_serve_stylesheets_from_wwwroot_when_published()
    {
        var repository = RepositoryRoot();
        await RunAsync("dotnet", $"publish \"{Path.Combine(repository, "src", "ErmPortal.Web")}\" -c Release -o \"{_output}\" --nologo", repository);
        Assert.True(File.Exists(Path.Combine(_output, "appsettings.json")), "appsettings.json is published");
        Assert.True(File.Exists(Path.Combine(_output, "wwwroot", "css", "site.css")), "wwwroot is published");

        var port = FreePort();
        _app = Process.Start(new ProcessStartInfo("dotnet", $"ErmPortal.Web.dll --urls http://127.0.0.1:{port}")
        {
            WorkingDirectory = _output,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_output, "published.db")}",
                ["Portal__PublicUrl"] = "https://portal.erm.test",
            },
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilHealthyAsync(http);
        foreach (var stylesheet in new[] { "/css/site.css", "/lib/bootstrap/css/bootstrap.min.css" })
        {
            var response = await http.GetAsync(stylesheet);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline) { }
            if (DateTime.UtcNow >= deadline) throw new TimeoutException("The published portal did not become healthy in 60 s.");
            await Task.Delay(250);
        }
    }

    private static async Task RunAsync(string file, string arguments, string workingDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments} failed:\n{await output}\n{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ErmPortal.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ErmPortal.sln not found above the test folder.");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (_app is { HasExited: false }) _app.Kill(entireProcessTree: true);
        _app?.Dispose();
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }
}
