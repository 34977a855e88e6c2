using System.Globalization;
using System.IO.Compression;
using ErmPortal.Web.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Backups;

/// <summary>
/// One dated zip holding the database and the uploaded files: everything the portal keeps, so a restore of the
/// archive alone gives a working portal. Taken while the portal runs; restored while it is stopped.
/// </summary>
public class PortalBackup(IConfiguration configuration, IOptions<FileStorageOptions> files, IWebHostEnvironment env)
{
    public const string DatabaseEntry = "ermportal.db";
    public const string FilesFolder = "files/";
    public const string DefaultFolder = "backups";

    private string DatabasePath =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(configuration.GetConnectionString("Default")).DataSource);

    private string FilesRoot => Path.GetFullPath(Path.Combine(env.ContentRootPath, files.Value.RootDirectory));

    /// <summary>Writes the archive into the folder (relative to the content root) and returns its path.</summary>
    public async Task<string> CreateAsync(string? folder, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(Path.Combine(env.ContentRootPath, folder ?? DefaultFolder));
        System.IO.Directory.CreateDirectory(target);
        var archive = Path.Combine(target, $"ermportal-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}Z.zip");
        var snapshot = archive + ".db.tmp";
        try
        {
            CopyDatabase(DatabasePath, snapshot);
            await using var zipFile = new FileStream(archive, FileMode.CreateNew);
            await using var zip = new ZipArchive(zipFile, ZipArchiveMode.Create);
            await zip.CreateEntryFromFileAsync(snapshot, DatabaseEntry, CompressionLevel.Optimal, cancellationToken);
            // After the database: a file uploaded meanwhile is only an orphan, while every file the copy names was
            // already on disk when the copy was taken.
            if (System.IO.Directory.Exists(FilesRoot))
                foreach (var file in System.IO.Directory.EnumerateFiles(FilesRoot, "*", SearchOption.AllDirectories))
                    await AddFileAsync(zip, file, FilesFolder + Path.GetRelativePath(FilesRoot, file).Replace('\\', '/'), cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(snapshot);
        }
        return archive;
    }

    /// <summary>Puts the archive's database and files in place; refuses to replace existing data unless forced.</summary>
    public async Task<RestoreResult> RestoreAsync(string archivePath, bool force, CancellationToken cancellationToken)
    {
        await using var zip = await ZipFile.OpenReadAsync(archivePath, cancellationToken);
        var database = zip.GetEntry(DatabaseEntry)
                       ?? throw new InvalidDataException($"{archivePath} is not an ErmPortal backup: it holds no {DatabaseEntry}.");
        if (!force && (HoldsTables(DatabasePath) || HoldsFiles(FilesRoot)))
            return new RestoreResult(false,
                $"{DatabasePath} or {FilesRoot} already holds data. Stop the portal and add --force to replace it with the backup.");

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var extracted = DatabasePath + ".restore.tmp";
        try
        {
            await database.ExtractToFileAsync(extracted, overwrite: true, cancellationToken);
            // Through SQLite rather than a file copy, so a -wal file left beside the old database cannot be replayed over it.
            CopyDatabase(extracted, DatabasePath);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(extracted);
        }

        if (System.IO.Directory.Exists(FilesRoot)) System.IO.Directory.Delete(FilesRoot, recursive: true);
        var restoredFiles = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(FilesFolder, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            var path = Path.GetFullPath(Path.Combine(FilesRoot, entry.FullName[FilesFolder.Length..]));
            if (!path.StartsWith(FilesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidDataException($"{entry.FullName} would be written outside {FilesRoot}.");
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await entry.ExtractToFileAsync(path, overwrite: false, cancellationToken);
            restoredFiles++;
        }
        return new RestoreResult(true, $"Restored {DatabasePath} and {restoredFiles} file(s) into {FilesRoot} from {archivePath}.");
    }

    /// <summary>
    /// SQLite's online backup: a consistent copy of the whole database even while the portal writes to it (in WAL mode
    /// writers do not wait for it), unlike copying the file, which can catch a half-written page or miss the -wal file.
    /// </summary>
    private static void CopyDatabase(string from, string to)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Pooling = false }.ToString());
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    private static bool HoldsTables(string database)
    {
        if (!File.Exists(database)) return false;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static bool HoldsFiles(string folder) =>
        System.IO.Directory.Exists(folder) && System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any();

    private static async Task AddFileAsync(ZipArchive zip, string file, string entryName, CancellationToken cancellationToken)
    {
        try
        {
            await zip.CreateEntryFromFileAsync(file, entryName, CompressionLevel.Optimal, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted since the listing (an expired staged upload): the database copy no longer needs it either.
        }
    }
}

public record RestoreResult(bool Restored, string Message);
