using System.Diagnostics;
using System.Globalization;

namespace ErmPortal.Benchmarks;

/// <summary>What one wrk run measured: throughput, latency percentiles in ms, and what went wrong.</summary>
public record WrkResult(long Requests, double Seconds, double P50, double P95, double P99, long Not2xx, long SocketErrors)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// Debian's wrk, driven by wrk-report.lua: a fixed number of connections kept busy for a fixed time, each request
/// answered before the connection sends the next, so requests per second and latency are the server's.
/// </summary>
public static class Wrk
{
    public static async Task<WrkResult> RunAsync(string script, Uri url, string cookie, int connections, int threads, int seconds)
    {
        var startInfo = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "--threads", Math.Min(threads, connections).ToString(CultureInfo.InvariantCulture),
                     "--connections", connections.ToString(CultureInfo.InvariantCulture),
                     "--duration", $"{seconds}s",
                     // The slowest pages take over a second under load; wrk's default of 2 s would drop their slowest answers from the percentiles.
                     "--timeout", "30s",
                     "--script", script, url.AbsoluteUri, "--", cookie,
                 })
            startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("wrk-report ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || report is null)
            throw new InvalidOperationException($"wrk failed on {url} ({process.ExitCode}):\n{await output}\n{await errors}");

        var values = report["wrk-report ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => long.Parse(pair[1], CultureInfo.InvariantCulture));
        return new WrkResult(values["requests"], values["duration_us"] / 1e6,
            values["p50_us"] / 1000.0, values["p95_us"] / 1000.0, values["p99_us"] / 1000.0, values["not_2xx"],
            values["connect"] + values["read"] + values["write"] + values["timeout"]);
    }

    public static string Version()
    {
        // wrk prints its version with the usage text and exits with an error code when given no URL.
        var startInfo = new ProcessStartInfo("wrk", "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(startInfo)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("wrk ", StringComparison.Ordinal)) ?? "wrk (version unknown)";
        return line.Split(" Copyright")[0].Trim();
    }
}
