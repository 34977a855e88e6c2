using System.Globalization;
using System.Text.RegularExpressions;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web;

/// <summary>
/// The portal's command-line verbs: none (serve), `migrate`, `seed --employees N [--some-volume M ...]`, `invite-admin --email E`,
/// `backup [--to FOLDER]`, `restore --from ARCHIVE [--force]`. Other arguments go to the host.
/// </summary>
/// <param name="SeedVolumes">
/// The names of the settings the seed verb's other options set (`Candidates` for `--candidates 50000`): each becomes the
/// setting `Seed:Candidates` among <paramref name="HostArgs"/>, for whichever module's demo data reads it (<see cref="SeedVolume"/>).
/// </param>
public record CommandLine(string? Verb, int Employees, string[] HostArgs, string? Email = null,
    string? BackupFolder = null, string? RestoreArchive = null, bool Force = false, IReadOnlyList<string>? SeedVolumes = null)
{
    public const int DefaultEmployees = 150;

    /// <summary>The host's own options written like a seed option (the others have capitals, underscores or a colon).</summary>
    private static readonly string[] HostOptions = ["--urls", "--environment", "--webroot"];

    public static CommandLine Parse(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = verb is null ? args.ToList() : args.Skip(1).ToList();
        var employees = DefaultEmployees;
        if (TakeValue(rest, "--employees", "a whole number of at least 10") is { } count
            && (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out employees) || employees < 10))
            throw new ArgumentException("--employees needs a whole number of at least 10.");
        var email = TakeValue(rest, "--email", "an email address");
        if (email is not null && !email.Contains('@'))
            throw new ArgumentException("--email needs an email address.");
        var backupFolder = TakeValue(rest, "--to", "a folder");
        var restoreArchive = TakeValue(rest, "--from", "a backup archive");
        var force = rest.Remove("--force");
        var volumes = verb == "seed" ? TakeSeedVolumes(rest) : [];
        return new CommandLine(verb, employees, rest.ToArray(), email, backupFolder, restoreArchive, force, volumes);
    }

    /// <summary>
    /// Every other `--name value` of the seed verb, the name in lower-case words joined by hyphens, becomes the setting
    /// `Seed:Name` in the host's arguments, as it would come from appsettings: the module whose demo data reads it checks
    /// the value, and the verb refuses a name no module reads. A missing value is passed on empty, for that check to refuse.
    /// </summary>
    private static List<string> TakeSeedVolumes(List<string> args)
    {
        var names = new List<string>();
        for (var at = 0; at < args.Count;)
        {
            if (!Regex.IsMatch(args[at], "^--[a-z][a-z0-9]*(-[a-z0-9]+)*$") || HostOptions.Contains(args[at])) { at++; continue; }
            var name = SeedVolume.NameOf(args[at]);
            var hasValue = at + 1 < args.Count && !args[at + 1].StartsWith("--", StringComparison.Ordinal);
            var value = hasValue ? args[at + 1] : "";
            args.RemoveRange(at, hasValue ? 2 : 1);
            args.Add($"--{SeedVolume.Section}:{name}={value}");
            names.Add(name);
        }
        return names;
    }

    private static string? TakeValue(List<string> args, string option, string what)
    {
        var at = args.IndexOf(option);
        if (at < 0) return null;
        if (at + 1 >= args.Count || args[at + 1].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"{option} needs {what}.");
        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }
}
