using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>The `backup` and `restore` verbs as an operator runs them, against a portal that keeps working meanwhile.</summary>
public class BackupRestoreTests(PortalFactory portal) : IClassFixture<PortalFactory>, IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "erm-tests", $"backup-{Guid.NewGuid():N}");

    [Fact]
    public async Task Should_start_with_the_data_and_files_when_restored_from_a_backup_taken_while_the_portal_writes()
    {
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync());
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.png", "image/png", PhotoTests.Png)).StatusCode);
        var photo = await client.GetByteArrayAsync($"/employees/{person}/photo");

        using var stop = new CancellationTokenSource();
        var writes = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                writes += await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == person)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.PreferredName, "Writer " + writes)));
        });
        while (writes == 0) await Task.Delay(10);
        var backups = Path.Combine(_work, "backups");
        var writesBefore = Volatile.Read(ref writes);
        var backedUp = RunVerb(["backup", "--to", backups, .. Settings($"Data Source={portal.DatabasePath}", portal.FileStorageRoot)]);
        var writesDuring = Volatile.Read(ref writes) - writesBefore;
        await stop.CancelAsync();
        await writer;

        Assert.Equal(0, backedUp);
        Assert.True(writesDuring > 0, "the portal kept writing while the backup ran");
        var archive = Assert.Single(Directory.GetFiles(backups, "ermportal-*Z.zip"));

        var fresh = Path.Combine(_work, "restored");
        string[] restoreInto = [.. Settings($"Data Source={Path.Combine(fresh, "ermportal.db")}", Path.Combine(fresh, "files"))];
        Assert.Equal(0, RunVerb(["restore", "--from", archive, .. restoreInto]));
        Assert.Equal(1, RunVerb(["restore", "--from", archive, .. restoreInto])); // the restored data is not replaced unasked

        using var restored = new RestoredPortal(fresh);
        var colleague = await restored.SignedInClientAsync(DemoPeople.Manager);
        Assert.Contains("Writer ", await colleague.GetStringAsync($"/employees/{person}"));
        Assert.Equal(photo, await colleague.GetByteArrayAsync($"/employees/{person}/photo"));
    }

    private static IEnumerable<string> Settings(string connectionString, string filesRoot) =>
        [$"--ConnectionStrings:Default={connectionString}", $"--FileStorage:RootDirectory={filesRoot}"];

    /// <summary>The portal's own entry point, as `dotnet ErmPortal.Web.dll …` runs it; returns the exit code.</summary>
    private static int RunVerb(string[] args) =>
        (int)typeof(Program).Assembly.EntryPoint!.Invoke(null, [args])!;

    private sealed class RestoredPortal(string folder) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(folder, "ermportal.db")}");
            builder.UseSetting("FileStorage:RootDirectory", Path.Combine(folder, "files"));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
