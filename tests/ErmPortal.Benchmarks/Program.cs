// The load benchmark of docs/benchmarks.md ("Load: every main page beside the baseline"). Run it with
// tests/ErmPortal.Benchmarks/run, which installs wrk and builds in Release first. For each size: a fresh database
// under /tmp seeded with the portal's own `seed` verb, the portal started in Release on a free loopback port,
// three demo viewers signed in through the real form, then wrk on every main page at each number of connections.
// Every page is reported as a share of the baseline page's requests per second in the same run.

using System.Diagnostics;
using System.Globalization;
using System.Text;
using ErmPortal.Benchmarks;

var options = Options.Parse(args);
var repository = FindRepositoryRoot();
var webDll = Path.Combine(repository, "src", "ErmPortal.Web", "bin", "Release", "net10.0", "ErmPortal.Web.dll");
var script = Path.Combine(repository, "tests", "ErmPortal.Benchmarks", "wrk-report.lua");
if (!File.Exists(webDll)) throw new InvalidOperationException($"{webDll} is missing: build the portal in Release (the run script does).");

var command = "tests/ErmPortal.Benchmarks/run" + string.Concat(args.Select(a => " " + (a.Contains(' ') ? $"\"{a}\"" : a)));
var machine = Machine.Describe();
Console.WriteLine($"Machine: {machine}");
Console.WriteLine($"Command: {command}");
var reports = new List<string>();

foreach (var size in options.Sizes)
{
    var database = Path.Combine(Path.GetTempPath(), $"erm-bench-{size}.db");
    var connectionString = $"Data Source={database}";
    DeleteDatabase(database);
    try
    {
        Console.WriteLine();
        Console.WriteLine($"Seeding {size:N0} employees{options.Volumes} into {database} (load average {Machine.LoadAverage()})...");
        var seeding = Stopwatch.StartNew();
        string[] seed = ["seed", "--employees", size.ToString(CultureInfo.InvariantCulture), $"--ConnectionStrings:Default={connectionString}"];
        if (options.SeedsCandidates) seed = [.. seed, "--candidates", options.Candidates.ToString(CultureInfo.InvariantCulture)];
        if (options.SeedsPlans) seed = [.. seed, "--onboarding-plans", options.Plans.ToString(CultureInfo.InvariantCulture)];
        if (options.SeedsTraining) seed = [.. seed, "--training-history", Options.TrainingYears.ToString(CultureInfo.InvariantCulture)];
        if (options.SeedsReviews) seed = [.. seed, "--review-cycle-people", Options.ReviewCycleSize.ToString(CultureInfo.InvariantCulture)];
        var output = await PortalProcess.RunVerbAsync(repository, webDll, TimeSpan.FromMinutes(30), seed);
        seeding.Stop();
        var seeded = output.Split('\n').Last(l => l.StartsWith("Seeded", StringComparison.Ordinal)).Trim();
        Console.WriteLine($"{seeded} Whole command: {seeding.Elapsed.TotalSeconds:F1} s.");
        (PayReviewer, PayReviewer)? payReviewers = options.MeasuresPayReview ? await PayReviewers.PrepareAsync(database) : null;

        await using var portal = await PortalProcess.StartAsync(repository, webDll, connectionString, TimeSpan.FromMinutes(2));
        // Every --candidates the benchmark accepts fills the board to the seeder's full 500.
        using var pages = await Pages.DiscoverAsync(portal.Address, options.SeedsCandidates ? 500 : null, options.SeedsPlans, options.SeedsTraining, options.SeedsReviews,
            payReviewers);
        var chosen = options.Pages is null ? pages.All : Choose(pages.All, options.Pages);
        foreach (var page in chosen) await page.Viewer.PageAsync(page.Path, page.MustContain);
        Console.WriteLine($"Portal on {portal.Address}; {chosen.Count} pages answer as expected.");

        var loadBefore = Machine.LoadAverage();
        var results = new List<(Page Page, int Connections, WrkResult Result)>();
        // Every page first, so the JIT, Razor views, EF's query cache, the thread pool and SQLite's page cache are warm
        // before anything is counted, for the first page measured as for the last.
        foreach (var page in chosen)
        {
            await Wrk.RunAsync(script, new Uri(portal.Address, page.Path), page.Viewer.CookieHeader, options.Connections.Max(), options.Threads, options.WarmUpSeconds);
            await portal.WaitUntilIdleAsync(TimeSpan.FromMinutes(2));
        }
        // The baseline is measured first and again last: the two tell how much the machine drifted during the run.
        var baseline = chosen.Single(p => p.Key == "baseline");
        foreach (var page in chosen.Append(baseline with { Name = "baseline, again at the end" }))
        {
            foreach (var connections in options.Connections)
            {
                var result = await Wrk.RunAsync(script, new Uri(portal.Address, page.Path), page.Viewer.CookieHeader, connections, options.Threads, options.Seconds);
                await portal.WaitUntilIdleAsync(TimeSpan.FromMinutes(2));
                results.Add((page, connections, result));
                Console.WriteLine($"  {page.Name,-28} {connections,3} connections: {result.RequestsPerSecond,8:F1} req/s, p95 {result.P95,8:F1} ms, " +
                                  $"errors {result.Not2xx}/{result.SocketErrors}");
            }
        }
        var peak = portal.PeakWorkingSetMiB();
        var report = Report(size, seeded, seeding.Elapsed, peak, loadBefore, Machine.LoadAverage(), results);
        reports.Add(report);
        Console.WriteLine();
        Console.WriteLine(report);
    }
    finally
    {
        DeleteDatabase(database);
    }
}

Console.WriteLine();
Console.WriteLine("=== Results ===");
Console.WriteLine();
Console.WriteLine($"Machine: {machine}");
Console.WriteLine();
Console.WriteLine($"    {command}");
foreach (var report in reports)
{
    Console.WriteLine();
    Console.WriteLine(report);
}
return;

string Report(int size, string seeded, TimeSpan seeding, double peakMiB, string loadBefore, string loadAfter,
    List<(Page Page, int Connections, WrkResult Result)> results)
{
    var text = new StringBuilder();
    text.AppendLine(CultureInfo.InvariantCulture, $"#### {size:N0} employees{options.Volumes.Replace(" and ", ", ", StringComparison.Ordinal)}");
    text.AppendLine();
    var summary = string.Create(CultureInfo.InvariantCulture,
        $"{seeded} The whole seed command took {seeding.TotalSeconds:F1} s (start-up and migrations included). Peak working set of the portal (VmHWM): {peakMiB:F0} MiB. ")
        + $"Load average before the measurements {loadBefore}, after {loadAfter}. "
        + string.Create(CultureInfo.InvariantCulture, $"{options.Seconds} s per measurement, after {options.WarmUpSeconds} s of warm-up per page at {options.Connections.Max()} connections. ")
        + "Shares are of the mean of the two baseline measurements at the same number of connections.";
    text.AppendLine(summary);
    text.AppendLine();
    text.AppendLine("| page | address | connections | req/s | p50 ms | p95 ms | p99 ms | errors (non-2xx / socket) | share of the baseline's req/s |");
    text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var (page, connections, result) in results.OrderBy(r => r.Connections))
    {
        var baseline = results.Where(r => r.Page.Key == "baseline" && r.Connections == connections).Average(r => r.Result.RequestsPerSecond);
        var share = $"{100 * result.RequestsPerSecond / baseline:F0}%";
        // A page slower than the whole run answers nothing within it: wrk then reports zeros, which must not read as fast.
        text.AppendLine(result.Requests == 0
            ? string.Create(CultureInfo.InvariantCulture, $"| {page.Name} | `{page.Path}` | {connections} | no answer within {options.Seconds} s | — | — | — | {result.Not2xx} / {result.SocketErrors} | 0% |")
            : string.Create(CultureInfo.InvariantCulture, $"| {page.Name} | `{page.Path}` | {connections} | {result.RequestsPerSecond:N0} | {result.P50:F1} | {result.P95:F1} | {result.P99:F1} | {result.Not2xx} / {result.SocketErrors} | {share} |"));
    }
    return text.ToString().TrimEnd();
}

static IReadOnlyList<Page> Choose(IReadOnlyList<Page> all, IReadOnlyList<string> keys)
{
    var unknown = keys.Where(k => all.All(p => p.Key != k)).ToList();
    if (unknown.Count > 0)
        throw new ArgumentException($"Unknown page {string.Join(", ", unknown)}; the pages are {string.Join(", ", all.Select(p => p.Key))}.");
    return all.Where(p => keys.Contains(p.Key)).ToList();
}

static void DeleteDatabase(string database)
{
    foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
}

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        if (File.Exists(Path.Combine(folder.FullName, "ErmPortal.sln"))) return folder.FullName;
    throw new InvalidOperationException("Run the benchmark from inside the repository: ErmPortal.sln was not found above " + AppContext.BaseDirectory);
}

internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return $"{Environment.ProcessorCount} cores ({cpu}), {long.Parse(memory, CultureInfo.InvariantCulture) / 1024 / 1024} GiB, " +
               $".NET {Environment.Version}, {Wrk.Version()}";
    }

    /// <summary>The 1, 5 and 15 minute load averages: on a shared machine they say how much else was running.</summary>
    public static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}

internal record Options(IReadOnlyList<int> Sizes, IReadOnlyList<int> Connections, int Threads, int Seconds, int WarmUpSeconds,
    IReadOnlyList<string>? Pages, int Candidates, int Plans)
{
    private const string Usage = """
        tests/ErmPortal.Benchmarks/run [--sizes 1000,10000,100000 | --employees N ...] [--candidates 50000] [--plans 1000] [--duration 10]
                                       [--warmup 5] [--connections 1,32] [--threads 2] [--pages baseline,directory,...] [--no-build]
        """;

    /// <summary>Candidates are seeded only for the recruitment pages, which are among all pages but not in a list of others.</summary>
    public bool SeedsCandidates => Pages is null || Pages.Any(p => ErmPortal.Benchmarks.Pages.RecruitmentKeys.Contains(p));

    /// <summary>Running plans likewise, only for the onboarding pages.</summary>
    public bool SeedsPlans => Pages is null || Pages.Any(p => ErmPortal.Benchmarks.Pages.OnboardingKeys.Contains(p));

    /// <summary>Three years of training records likewise, only for the compliance and recommendation pages.</summary>
    public bool SeedsTraining => Pages is null || Pages.Any(p => ErmPortal.Benchmarks.Pages.LearningKeys.Contains(p));

    /// <summary>A review cycle at volume likewise, only for the cycle overview and its calibration.</summary>
    public bool SeedsReviews => Pages is null || Pages.Any(p => ErmPortal.Benchmarks.Pages.ReviewKeys.Contains(p));

    /// <summary>The pay review pages need no seed option (the demo data opens a cycle for everyone), only a manager given a sign-in.</summary>
    public bool MeasuresPayReview => Pages is null || Pages.Any(p => ErmPortal.Benchmarks.Pages.CompensationKeys.Contains(p));

    /// <summary>The people in the cycle the issue measures the overview and calibration with (all of a smaller organisation).</summary>
    public const int ReviewCycleSize = 10_000;

    /// <summary>The years of training history the issue measures the compliance report with.</summary>
    public const int TrainingYears = 3;

    /// <summary>What is seeded beside the employees, for the reports: " and 50,000 candidates and 1,000 running plans".</summary>
    public string Volumes => (SeedsCandidates ? $" and {Candidates:N0} candidates" : "") + (SeedsPlans ? $" and {Plans:N0} running plans" : "")
                             + (SeedsTraining ? $" and {TrainingYears} years of training records" : "")
                             + (SeedsReviews ? $" and a review cycle of up to {ReviewCycleSize:N0} people" : "");

    public static Options Parse(string[] args)
    {
        var sizes = new List<int>();
        IReadOnlyList<int>? listed = null, connections = null;
        int threads = 2, seconds = 10, warmUp = 5, candidates = 50_000, plans = 1_000;
        IReadOnlyList<string>? pages = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--employees": sizes.Add(Number("--employees", Value(), 10, 1_000_000)); break;
                case "--candidates": candidates = Number("--candidates", Value(), 1_000, 1_000_000); break;
                case "--plans": plans = Number("--plans", Value(), 100, 1_000_000); break;
                case "--sizes": listed = Numbers("--sizes", Value(), 10, 1_000_000); break;
                case "--connections": connections = Numbers("--connections", Value(), 1, 1024); break;
                case "--threads": threads = Number("--threads", Value(), 1, 64); break;
                case "--duration": seconds = Number("--duration", Value(), 1, 600); break;
                case "--warmup": warmUp = Number("--warmup", Value(), 1, 600); break;
                case "--pages": pages = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                case "--no-build": break; // the run script's: it skips the Release build
                default: throw new ArgumentException($"Unknown argument {args[i]}.\n{Usage}");
            }
        }
        if (pages is not null && !pages.Contains("baseline")) pages = [.. pages, "baseline"]; // shares need it
        var all = sizes.Concat(listed ?? []).Distinct().ToList();
        return new Options(all.Count > 0 ? all : [1_000, 10_000, 100_000],
            connections ?? [1, 32], threads, seconds, warmUp, pages, candidates, plans);
    }

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value : throw new ArgumentException($"{name} needs whole numbers from {min} to {max}, not {text}.\n{Usage}");

    private static List<int> Numbers(string name, string text, int min, int max) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Number(name, t, min, max)).ToList();
}
