// Directory search benchmark: the directory page with a search term, end to end over HTTP, on a fresh
// database of 10,000 people. Builds the portal in Release, seeds a database under /tmp with the portal's
// own `seed` verb, starts it on a loopback port, signs in as the demo employee, warms up, then times a
// bounded number of requests one after another and again from several clients at once. Stops by itself.
//
//   dotnet run -c Release --project tests/ErmPortal.Benchmarks [-- --employees N --requests N --concurrency N --no-build]

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Benchmarks;

var options = Options.Parse(args);
var repository = FindRepositoryRoot();
var webDll = Path.Combine(repository, "src", "ErmPortal.Web", "bin", "Release", "net10.0", "ErmPortal.Web.dll");
var database = Path.Combine(Path.GetTempPath(), "erm-bench-directory.db");
var connectionString = $"Data Source={database}";

// What people type into a directory: last names (common ones in the seeded data and rarer ones), a first
// name, a title word, skills, a department and a city. Each is cycled in turn.
string[] terms = ["Smith", "Johnson", "Brown", "Miller", "Kuhn", "Anna", "Engineer", "Analyst", "SQL", "Kubernetes", "Coaching", "Marketing", "Finance", "Berlin"];

if (!options.NoBuild)
{
    Console.WriteLine("Building the portal in Release...");
    await RunAsync("dotnet", repository, TimeSpan.FromMinutes(10), "build", "src/ErmPortal.Web", "-c", "Release", "-nologo", "-v", "q");
}

DeleteDatabase();
Console.WriteLine($"Seeding {options.Employees:N0} employees into {database}...");
Console.WriteLine(await PortalProcess.RunVerbAsync(repository, webDll, TimeSpan.FromMinutes(5),
    "seed", "--employees", options.Employees.ToString(CultureInfo.InvariantCulture), $"--ConnectionStrings:Default={connectionString}"));

await using (var portal = await PortalProcess.StartAsync(repository, webDll, connectionString, TimeSpan.FromMinutes(1)))
{
    Console.WriteLine($"Portal listening on {portal.Address}");
    using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = portal.Address,
        Timeout = TimeSpan.FromSeconds(30),
    };
    await SignInAsync(client, "employee@erm.demo", "erm-demo-password");

    var first = await client.GetStringAsync($"/directory?search={terms[0]}");
    Console.WriteLine($"Signed in; /directory?search={terms[0]} answers \"{Regex.Match(first, @"\d[\d,]* (people|person) found").Value}\"");

    // Warm-up: JIT, Razor views, SQLite page cache and EF's query cache for every term.
    for (var i = 0; i < Math.Max(50, terms.Length * 3); i++)
        await TimeRequestAsync(client, terms[i % terms.Length]);

    var sequential = new List<Sample>(options.Requests);
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < options.Requests; i++)
        sequential.Add(await TimeRequestAsync(client, terms[i % terms.Length]));
    var sequentialSeconds = watch.Elapsed.TotalSeconds;

    var concurrent = new List<Sample>(options.Requests);
    watch.Restart();
    var perClient = options.Requests / options.Concurrency;
    var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
    {
        var samples = new List<Sample>(perClient);
        for (var i = 0; i < perClient; i++)
            samples.Add(await TimeRequestAsync(client, terms[(worker + i) % terms.Length]));
        return samples;
    })).ToList();
    foreach (var samples in await Task.WhenAll(workers)) concurrent.AddRange(samples);
    var concurrentSeconds = watch.Elapsed.TotalSeconds;

    Console.WriteLine();
    Console.WriteLine($"GET /directory?search=<term> on {options.Employees:N0} employees, page size 24, {terms.Length} terms in turn");
    Console.WriteLine($"{"run",-22} {"requests",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"req/s",8}");
    Report("sequential", sequential, sequentialSeconds);
    Report($"concurrency {options.Concurrency}", concurrent, concurrentSeconds);
    Console.WriteLine();
    Console.WriteLine($"{"term (sequential)",-22} {"requests",8} {"p50 ms",8} {"p95 ms",8} {"found",8}");
    foreach (var group in sequential.GroupBy(s => s.Term))
    {
        var ms = group.Select(s => s.Milliseconds).Order().ToList();
        Console.WriteLine($"{group.Key,-22} {ms.Count,8} {Percentile(ms, 0.50),8:F1} {Percentile(ms, 0.95),8:F1} {group.First().Found,8}");
    }

    var failures = sequential.Concat(concurrent).Count(s => !s.Ok);
    var p95 = Percentile(sequential.Select(s => s.Milliseconds).Order().ToList(), 0.95);
    Console.WriteLine();
    Console.WriteLine($"Target: p95 under 100 ms (sequential). Result: {p95:F1} ms, {(p95 < 100 ? "met" : "NOT met")}; failed requests: {failures}.");
    Environment.ExitCode = failures == 0 && p95 < 100 ? 0 : 1;
}

DeleteDatabase();
return;

async Task<Sample> TimeRequestAsync(HttpClient http, string term)
{
    var watch = Stopwatch.StartNew();
    using var response = await http.GetAsync($"/directory?search={Uri.EscapeDataString(term)}");
    var body = await response.Content.ReadAsStringAsync();
    var elapsed = watch.Elapsed.TotalMilliseconds;
    // A sign-in redirect or an error page would be fast and wrong: only a rendered directory counts.
    var found = Regex.Match(body, @"([\d,]+) (?:people|person) found");
    var ok = response.StatusCode == HttpStatusCode.OK && (found.Success || body.Contains("Nobody matches this search.", StringComparison.Ordinal));
    return new Sample(term, elapsed, ok, found.Success ? found.Groups[1].Value : "0");
}

async Task SignInAsync(HttpClient http, string email, string password)
{
    var form = await http.GetStringAsync("/account/sign-in");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
    if (!token.Success) throw new InvalidOperationException("The sign-in page has no antiforgery token.");
    using var response = await http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
    }));
    if (response.StatusCode != HttpStatusCode.Redirect)
        throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
}

void Report(string name, List<Sample> samples, double seconds)
{
    var ms = samples.Select(s => s.Milliseconds).Order().ToList();
    Console.WriteLine($"{name,-22} {ms.Count,8} {Percentile(ms, 0.50),8:F1} {Percentile(ms, 0.95),8:F1} {Percentile(ms, 0.99),8:F1} {ms[^1],8:F1} {ms.Count / seconds,8:F1}");
}

// Nearest rank: the smallest value that at least q of the samples do not exceed.
static double Percentile(List<double> sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1)];

void DeleteDatabase()
{
    foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
}

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        if (File.Exists(Path.Combine(folder.FullName, "ErmPortal.sln"))) return folder.FullName;
    throw new InvalidOperationException("Run the benchmark from inside the repository: ErmPortal.sln was not found above " + AppContext.BaseDirectory);
}

static async Task RunAsync(string file, string workingDirectory, TimeSpan timeout, params string[] arguments)
{
    var startInfo = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, UseShellExecute = false };
    foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
    using var process = Process.Start(startInfo)!;
    using var cancel = new CancellationTokenSource(timeout);
    try { await process.WaitForExitAsync(cancel.Token); }
    catch (OperationCanceledException)
    {
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"`{file} {string.Join(' ', arguments)}` did not finish within {timeout}.");
    }
    if (process.ExitCode != 0) throw new InvalidOperationException($"`{file} {string.Join(' ', arguments)}` failed ({process.ExitCode}).");
}

internal record Sample(string Term, double Milliseconds, bool Ok, string Found);

internal record Options(int Employees, int Requests, int Concurrency, bool NoBuild)
{
    public static Options Parse(string[] args)
    {
        int Number(string name, int fallback, int min, int max)
        {
            var at = Array.IndexOf(args, name);
            if (at < 0) return fallback;
            if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                throw new ArgumentException($"{name} needs a whole number from {min} to {max}.");
            return value;
        }
        // Bounded on purpose: the benchmark must finish by itself on a shared machine.
        return new Options(Number("--employees", 10_000, 10, 100_000), Number("--requests", 500, 10, 10_000),
            Number("--concurrency", 4, 1, 16), args.Contains("--no-build"));
    }
}
