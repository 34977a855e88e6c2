using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ErmPortal.Benchmarks;

/// <summary>
/// The portal's Release build run as its own process from the repository root, where appsettings.json and
/// wwwroot/ live, exactly as `dotnet run` starts it. Only loopback addresses are used.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// The most memory the process has held at once since it started, in MiB: the kernel's high-water mark of its
    /// resident set (VmHWM), so a peak between two samples is not missed.
    /// </summary>
    public double PeakWorkingSetMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Runs a command of the portal (`seed`, `migrate`) to its end and returns what it printed.</summary>
    public static async Task<string> RunVerbAsync(string repository, string webDll, TimeSpan timeout, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(repository, webDll, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{string.Join(' ', arguments)}` did not finish within {timeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{string.Join(' ', arguments)}` failed ({process.ExitCode}):\n{await output}\n{await errors}");
        return (await output).Trim();
    }

    /// <summary>Starts the server on a free loopback port and waits until /health answers.</summary>
    public static async Task<PortalProcess> StartAsync(string repository, string webDll, string connectionString, TimeSpan startTimeout)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var startInfo = StartInfo(repository, webDll,
            "--urls", address.ToString().TrimEnd('/'),
            $"--ConnectionStrings:Default={connectionString}",
            "--Seed:Demo=false", "--Jobs:Enabled=false",
            // Development keeps the cookies usable over plain http; log as little as production does.
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:ErmPortal.Web.Infrastructure.Mediator=Warning");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var portal = new PortalProcess(Process.Start(startInfo)!, address);
        portal._process.OutputDataReceived += (_, e) => portal.Remember(e.Data);
        portal._process.ErrorDataReceived += (_, e) => portal.Remember(e.Data);
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + startTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (portal._process.HasExited)
                throw new InvalidOperationException($"The portal stopped while starting:\n{portal.LastLines}");
            try
            {
                if ((await client.GetAsync(new Uri(address, "/health"))).StatusCode == HttpStatusCode.OK) return portal;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        await portal.DisposeAsync();
        throw new TimeoutException($"The portal did not answer /health within {startTimeout}.");
    }

    /// <summary>
    /// Waits until the portal has finished what an earlier run left in flight: wrk stops sending when its time is up,
    /// but up to one request per connection is still being worked on, and on a slow page that work would be counted
    /// against the next page measured. Idle means under a tenth of a core for half a second.
    /// </summary>
    public async Task WaitUntilIdleAsync(TimeSpan atMost)
    {
        var deadline = DateTime.UtcNow + atMost;
        var before = CpuTicks();
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            var now = CpuTicks();
            // The kernel counts CPU time in ticks of 1/100 s: 5 ticks in half a second is a tenth of a core.
            if (now - before < 5) return;
            before = now;
        }
    }

    private long CpuTicks()
    {
        // Fields 14 and 15 of /proc/<pid>/stat, user and system time, counted after the command name's closing bracket.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
    }

    public string LastLines
    {
        get { lock (_lastLines) return string.Join('\n', _lastLines); }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40) _lastLines.Dequeue();
        }
    }

    private static ProcessStartInfo StartInfo(string repository, string webDll, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(webDll);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        return startInfo;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
