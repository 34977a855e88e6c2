using System.Diagnostics;
using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A file of the size the issue names (10,000 rows, several levels of managers inside it) imports whole, and other
/// people keep signing in meanwhile. Timings are printed (dotnet test --logger "console;verbosity=detailed") for the
/// benchmark in docs/benchmarks.md, which measures them on a Release build; no assertion depends on the clock but
/// the busy timeout a sign-in waits for the write lock. Its own class, so its own database: 10,000 more people would
/// change what other tests see.
/// </summary>
public class EmployeeImportSpeedTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int Rows = 10_000;

    [Fact]
    public async Task Should_import_every_row_with_account_and_invitation_when_a_valid_file_has_ten_thousand_rows()
    {
        var file = EmployeeCsvFiles.Valid(Rows, "speed");
        var client = await portal.SignedInClientAsync(DemoPeople.Hr);

        var watch = Stopwatch.StartNew();
        var ticket = await PreviewAsync(client, file, "speed.csv");
        var previewTime = watch.Elapsed;

        watch.Restart();
        HttpResponseMessage confirm;
        TimeSpan longestWait;
        await using (var writeLock = new WriteLockWatch(portal.DatabasePath))
        {
            confirm = await client.PostFormAsync("/employees/import", "/employees/import/confirm", new() { ["Ticket"] = ticket });
            longestWait = await writeLock.LongestWaitAsync();
        }
        var importTime = watch.Elapsed;

        output.WriteLine($"{Rows:N0} rows, {file.Length / 1024.0 / 1024.0:F1} MB: preview {previewTime.TotalSeconds:F1} s, import {importTime.TotalSeconds:F1} s, " +
                         $"together {(previewTime + importTime).TotalSeconds:F1} s; longest wait for the write lock {longestWait.TotalSeconds:F2} s");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.Employees.CountAsync(e => e.WorkEmail.StartsWith("speed.") && e.UserId != null)));
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync(m => m.To.StartsWith("speed."))));
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.JobChanges.CountAsync(j => j.Employee.WorkEmail.StartsWith("speed."))));
        var ids = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail.StartsWith("speed.")).Select(e => e.Id).ToListAsync());
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.TimelineEntries.CountAsync(t => t.Kind == "hired" && ids.Contains(t.SubjectId))));
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Employee" && a.Action == "Added" && a.EmployeeId != null && ids.Contains(a.EmployeeId.Value))));
    }

    [Fact]
    public async Task Should_sign_in_while_ten_thousand_people_are_imported()
    {
        const string email = "signs-in-during-import@erm.test", password = "a passphrase for a busy afternoon";
        await portal.CreateAccountAsync(email, password);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var ticket = await PreviewAsync(hr, EmployeeCsvFiles.Valid(Rows, "busy"), "busy.csv");

        var import = hr.PostFormAsync("/employees/import", "/employees/import/confirm", new() { ["Ticket"] = ticket });
        var signIns = new List<HttpStatusCode>();
        while (!import.IsCompleted)
        {
            // A wrong password first, so that the right one has a failed count to reset: both sign-ins write.
            var client = portal.CreatePortalClient();
            var wrong = await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = "not it" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var right = await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
            signIns.Add(right.StatusCode);
        }

        output.WriteLine($"{signIns.Count} sign-ins while the import ran");
        Assert.Equal(HttpStatusCode.Redirect, (await import).StatusCode);
        Assert.NotEmpty(signIns);
        Assert.All(signIns, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Equal(Rows, await portal.QueryDbAsync(db => db.Employees.CountAsync(e => e.WorkEmail.StartsWith("busy."))));
    }

    private static async Task<string> PreviewAsync(HttpClient client, byte[] file, string name)
    {
        var preview = await client.PostFileAsync("/employees/import", "/employees/import", "File", name, "text/csv", file);
        var ticket = EmployeeCsvFiles.TicketIn(await preview.Content.ReadAsStringAsync());
        Assert.True(ticket is not null, "The preview offers no import");
        return ticket;
    }

    /// <summary>
    /// Takes SQLite's write lock again and again from a connection of its own, as any other writer would, and records the
    /// longest it had to wait: how long the import kept everyone else from writing.
    /// </summary>
    private sealed class WriteLockWatch : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<TimeSpan> _watching;

        public WriteLockWatch(string databasePath) => _watching = Task.Run(() => Watch(databasePath));

        public async Task<TimeSpan> LongestWaitAsync()
        {
            await _stop.CancelAsync();
            return await _watching;
        }

        private TimeSpan Watch(string databasePath)
        {
            using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
            connection.Open();
            using (var wait = connection.CreateCommand())
            {
                wait.CommandText = "PRAGMA busy_timeout = 120000";
                wait.ExecuteNonQuery();
            }
            using var write = connection.CreateCommand();
            write.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            write.CommandTimeout = 180;
            var longest = TimeSpan.Zero;
            var watch = new Stopwatch();
            while (!_stop.IsCancellationRequested)
            {
                watch.Restart();
                write.ExecuteNonQuery();
                if (watch.Elapsed > longest) longest = watch.Elapsed;
                Thread.Sleep(20);
            }
            return longest;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _watching;
            _stop.Dispose();
        }
    }
}
