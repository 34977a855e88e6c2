using ErmPortal.Web.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure;

/// <summary>
/// Refuses to start in Production with settings that cannot work, naming each one, before the database is touched
/// or a port is opened: a portal that starts and then answers every form with an error, or mails links to
/// localhost, is worse than one that does not start.
/// </summary>
public class ProductionReadiness(
    IConfiguration configuration,
    IWebHostEnvironment env,
    IOptions<FileStorageOptions> files,
    ILogger<ProductionReadiness> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException(
                "ErmPortal cannot start in Production until these settings are fixed (see docs/deploy.md):" +
                string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)));
        if (string.IsNullOrWhiteSpace(configuration["Email:SmtpHost"]))
            logger.LogWarning("Email:SmtpHost is not set: emails are only written to {Folder} and nobody receives them.",
                Path.Combine(env.ContentRootPath, configuration["Email:PickupDirectory"] ?? ""));
        return Task.CompletedTask;
    }

    private IEnumerable<string> Problems()
    {
        var publicUrl = configuration["Portal:PublicUrl"];
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.IsLoopback)
            yield return $"Portal:PublicUrl must be the public https:// address people reach the portal at, not localhost (it is '{publicUrl}'): " +
                         "links in emails point there and cookies are sent over HTTPS only.";

        if (DatabaseFile() is { } database && FolderProblem(Path.GetDirectoryName(database)!) is { } databaseProblem)
            yield return $"ConnectionStrings:Default: the database folder of '{database}' {databaseProblem} " +
                         "(SQLite writes its journal files beside the database).";

        var fileRoot = Path.GetFullPath(Path.Combine(env.ContentRootPath, files.Value.RootDirectory));
        if (FolderProblem(fileRoot) is { } filesProblem)
            yield return $"FileStorage:RootDirectory: '{fileRoot}' {filesProblem}.";
    }

    /// <summary>The database file as SQLite resolves it (relative to the working directory), or null for an in-memory one.</summary>
    private string? DatabaseFile()
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Default"));
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
    }

    private static string? FolderProblem(string folder)
    {
        try
        {
            System.IO.Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "is not a folder the portal can write to: " + e.Message;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
