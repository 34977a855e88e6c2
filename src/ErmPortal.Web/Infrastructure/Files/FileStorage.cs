using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Files;

/// <summary>Stores uploads outside wwwroot, so nothing uploaded is ever served directly.</summary>
public interface IFileStorage
{
    /// <summary>Saves the content in a folder of the store (such as "staged") and returns the key to read it back by.</summary>
    Task<string> SaveAsync(Stream content, string folder, string extension, CancellationToken cancellationToken);
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);
    Task DeleteAsync(string key, CancellationToken cancellationToken);
    /// <summary>Removes the files of a folder last written before the given time; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(string folder, DateTime beforeUtc, CancellationToken cancellationToken);
}

public class FileStorageOptions
{
    /// <summary>Relative to the content root.</summary>
    public string RootDirectory { get; set; } = "data/files";
}

public class LocalFileStorage(IOptions<FileStorageOptions> options, IWebHostEnvironment env) : IFileStorage
{
    private string Root => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.RootDirectory));

    public async Task<string> SaveAsync(Stream content, string folder, string extension, CancellationToken cancellationToken)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(extension, "^\\.[a-z0-9]{1,8}$"))
            throw new ArgumentException("Unexpected file extension.", nameof(extension));
        // A generated name: the uploader's file name never reaches the file system.
        var key = $"{FolderName(folder)}/{DateTime.UtcNow:yyyy/MM}/{Guid.NewGuid():N}{extension}";
        var path = PathFor(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathFor(key));
        return Task.CompletedTask;
    }

    public Task<int> DeleteOlderThanAsync(string folder, DateTime beforeUtc, CancellationToken cancellationToken)
    {
        var path = PathFor(FolderName(folder));
        if (!System.IO.Directory.Exists(path)) return Task.FromResult(0);
        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) >= beforeUtc) continue;
            File.Delete(file);
            deleted++;
        }
        return Task.FromResult(deleted);
    }

    private static string FolderName(string folder) =>
        System.Text.RegularExpressions.Regex.IsMatch(folder, "^[a-z0-9-]{1,40}$")
            ? folder
            : throw new ArgumentException("A folder is a short lower-case name.", nameof(folder));

    private string PathFor(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("The key points outside the storage folder.", nameof(key));
        return path;
    }
}
