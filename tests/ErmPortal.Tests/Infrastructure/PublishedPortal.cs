using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// The portal as docs/deploy.md installs it: published once, started from its own folder in Production on loopback,
/// with Debian's nginx in front ending TLS on a self-signed certificate, configured by docs/deploy/nginx-ermportal.conf.
/// Shared by the tests of the "Published portal" collection, because publishing takes most of their time.
/// </summary>
public sealed class PublishedPortal : IAsyncLifetime
{
    public const string HostName = "portal.erm.test";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "erm-publish", Guid.NewGuid().ToString("N"));
    private readonly List<Process> _processes = [];
    private readonly List<string> _log = [];
    private X509Certificate2? _certificate;

    public string Output => Path.Combine(_root, "app");
    private string Data => Path.Combine(_root, "data");
    private string Proxy => Path.Combine(_root, "nginx");
    public int HttpsPort { get; private set; }
    public Uri PublicUrl => new($"https://{HostName}:{HttpsPort}");

    public async Task InitializeAsync()
    {
        var nginx = Tool("nginx");
        var openssl = Tool("openssl");

        var repository = RepositoryRoot();
        await RunAsync("dotnet", ["publish", Path.Combine(repository, "src", "ErmPortal.Web"), "-c", "Release", "-o", Output, "--nologo"], repository);

        var appPort = FreePort();
        HttpsPort = FreePort();
        Start("dotnet", ["ErmPortal.Web.dll", "--urls", $"http://127.0.0.1:{appPort}"], Output, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(Data, "ermportal.db")}",
            ["FileStorage__RootDirectory"] = Path.Combine(Data, "files"),
            ["Email__PickupDirectory"] = Path.Combine(Data, "mail"),
            ["Portal__PublicUrl"] = PublicUrl.ToString(),
            ["Seed__Demo"] = "true",
            // Production refuses to start without a certificate for its data-protection keys.
            ["DataProtection__CertificatePath"] = TestCertificates.Create(Path.Combine(Data, "keys.pfx"), "published-password"),
            ["DataProtection__CertificatePassword"] = "published-password",
        });
        await StartNginxAsync(nginx, openssl, repository, appPort);
        await WaitUntilHealthyAsync(appPort);
    }

    /// <summary>A browser-like client: HTTPS to <see cref="PublicUrl"/> through nginx, trusting only this proxy's certificate.</summary>
    public HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            // The made-up host name resolves to the local nginx, as DNS would send a visitor to the real one.
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && _certificate is not null
                    && certificate.GetCertHashString() == _certificate.GetCertHashString(),
            },
        };
        return new HttpClient(handler) { BaseAddress = PublicUrl };
    }

    private async Task StartNginxAsync(string nginx, string openssl, string repository, int appPort)
    {
        foreach (var folder in new[] { "temp", "certificate" }) Directory.CreateDirectory(Path.Combine(Proxy, folder));
        // nginx's workers drop root's rights; they buffer large answers here.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(Proxy, "temp"), (UnixFileMode)0b111_111_111);
        var certificate = Path.Combine(Proxy, "certificate");
        await RunAsync(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", $"/CN={HostName}",
            "-addext", $"subjectAltName=DNS:{HostName}", "-keyout", Path.Combine(certificate, "privkey.pem"),
            "-out", Path.Combine(certificate, "fullchain.pem")], Proxy);
        _certificate = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(Path.Combine(certificate, "fullchain.pem")));

        var site = await File.ReadAllTextAsync(Path.Combine(repository, "docs", "deploy", "nginx-ermportal.conf"));
        foreach (var (documented, here) in new[]
        {
            ("    listen [::]:80;\n", ""),
            ("    listen [::]:443 ssl http2;\n", ""),
            ("listen 80;", $"listen 127.0.0.1:{FreePort()};"),
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{HttpsPort} ssl http2;"),
            ("/etc/letsencrypt/live/portal.example.com/", certificate + "/"),
            ("portal.example.com", HostName),
            ("server 127.0.0.1:5000;", $"server 127.0.0.1:{appPort};"),
        })
        {
            Assert.True(site.Contains(documented, StringComparison.Ordinal), $"docs/deploy/nginx-ermportal.conf no longer has '{documented.Trim()}'");
            site = site.Replace(documented, here, StringComparison.Ordinal);
        }
        var temp = Path.Combine(Proxy, "temp");
        await File.WriteAllTextAsync(Path.Combine(Proxy, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{Proxy}}/nginx.pid;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
            {{site}}
            }
            """);
        Start(nginx, ["-c", Path.Combine(Proxy, "nginx.conf"), "-p", Proxy, "-e", Path.Combine(Proxy, "error.log")], Proxy, []);
    }

    private async Task WaitUntilHealthyAsync(int appPort)
    {
        using var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appPort}") };
        using var proxied = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if ((await direct.GetAsync("/health")).StatusCode == HttpStatusCode.OK
                    && (await proxied.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            if (_processes.Any(p => p.HasExited) || DateTime.UtcNow >= deadline)
                throw new InvalidOperationException("The published portal behind nginx stopped or did not become healthy in 90 s:\n" +
                                                    string.Join("\n", Log()));
            await Task.Delay(250);
        }
    }

    private void Start(string file, string[] arguments, string workingDirectory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Record(file, e.Data);
        process.ErrorDataReceived += (_, e) => Record(file, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private void Record(string source, string? line)
    {
        if (line is null) return;
        lock (_log) _log.Add($"{source}: {line}");
    }

    private List<string> Log()
    {
        lock (_log) return [.. _log, .. File.Exists(Path.Combine(Proxy, "error.log")) ? File.ReadAllLines(Path.Combine(Proxy, "error.log")) : []];
    }

    private static async Task RunAsync(string file, string[] arguments, string workingDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed:\n{await output}\n{await error}");
    }

    private static string Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{name} is needed for the deployment tests: apt-get install -y nginx openssl (.ci/run does).");

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

    public Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
        _certificate?.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public class PublishedPortalCollection : ICollectionFixture<PublishedPortal>
{
    public const string Name = "Published portal";
}
