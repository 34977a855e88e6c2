using System.Globalization;

namespace ErmPortal.Web;

/// <summary>
/// The portal's command-line verbs: none (serve), `migrate`, `seed --employees N [--candidates M]`, `invite-admin --email E`,
/// `backup [--to FOLDER]`, `restore --from ARCHIVE [--force]`. Other arguments go to the host.
/// </summary>
public record CommandLine(string? Verb, int Employees, string[] HostArgs, string? Email = null,
    string? BackupFolder = null, string? RestoreArchive = null, bool Force = false, int Candidates = 0)
{
    public const int DefaultEmployees = 150;
    /// <summary>Enough for the board's opening to hold some and the other openings the rest.</summary>
    public const int MinimumCandidates = 100;

    public static CommandLine Parse(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = verb is null ? args.ToList() : args.Skip(1).ToList();
        var employees = DefaultEmployees;
        if (TakeValue(rest, "--employees", "a whole number of at least 10") is { } count
            && (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out employees) || employees < 10))
            throw new ArgumentException("--employees needs a whole number of at least 10.");
        var candidates = 0;
        if (TakeValue(rest, "--candidates", $"a whole number of at least {MinimumCandidates}") is { } wanted)
        {
            if (!int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out candidates) || candidates < MinimumCandidates)
                throw new ArgumentException($"--candidates needs a whole number of at least {MinimumCandidates}.");
            // The Recruitment module's demo data reads how many from the host's settings, as it would from appsettings.
            rest.Add($"--{Recruitment.CandidateVolumeData.Setting}={candidates}");
        }
        var email = TakeValue(rest, "--email", "an email address");
        if (email is not null && !email.Contains('@'))
            throw new ArgumentException("--email needs an email address.");
        var backupFolder = TakeValue(rest, "--to", "a folder");
        var restoreArchive = TakeValue(rest, "--from", "a backup archive");
        var force = rest.Remove("--force");
        return new CommandLine(verb, employees, rest.ToArray(), email, backupFolder, restoreArchive, force, candidates);
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
