using System.Globalization;

namespace ErmPortal.Web;

/// <summary>
/// The portal's command-line verbs: none (serve), `migrate`, `seed --employees N`, `invite-admin --email E`.
/// Other arguments go to the host.
/// </summary>
public record CommandLine(string? Verb, int Employees, string[] HostArgs, string? Email = null)
{
    public const int DefaultEmployees = 150;

    public static CommandLine Parse(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = verb is null ? args.ToList() : args.Skip(1).ToList();
        var employees = DefaultEmployees;
        var at = rest.IndexOf("--employees");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count || !int.TryParse(rest[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out employees) || employees < 10)
                throw new ArgumentException("--employees needs a whole number of at least 10.");
            rest.RemoveRange(at, 2);
        }
        string? email = null;
        at = rest.IndexOf("--email");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count || !rest[at + 1].Contains('@'))
                throw new ArgumentException("--email needs an email address.");
            email = rest[at + 1];
            rest.RemoveRange(at, 2);
        }
        return new CommandLine(verb, employees, rest.ToArray(), email);
    }
}
