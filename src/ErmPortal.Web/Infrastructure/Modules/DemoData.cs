using System.Globalization;

namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>
/// A module's own demo data, added after the demo organisation exists (people, reporting lines, demo sign-ins),
/// in <see cref="Order"/>. Runs once, into a database the seeder has just filled, inside the seeding scope.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    /// <summary>
    /// What this seeder can also write at volume when asked (none unless asked), each read from its own setting. They are
    /// read before anything is written, so a bad value is refused at once rather than after the organisation is made.
    /// </summary>
    IReadOnlyList<SeedVolume> Volumes => [];

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>
/// How many of something a module's demo data writes at volume, from the setting `Seed:{Name}`: given in the settings
/// for a demo start-up, or by the seed verb's option `--{name-in-kebab-case} N`, which the verb turns into that setting
/// without knowing which module reads it. None (0) unless asked for; otherwise at least <see cref="Minimum"/>.
/// </summary>
public sealed record SeedVolume(string Name, int Minimum)
{
    public const string Section = "Seed";

    public string Setting => $"{Section}:{Name}";

    /// <summary>The seed verb's option that sets it: `--onboarding-plans` for `OnboardingPlans`.</summary>
    public string Option => "--" + string.Concat(Name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The setting's name for a seed option: `OnboardingPlans` for `--onboarding-plans`.</summary>
    public static string NameOf(string option) => string.Concat(option.TrimStart('-').Split('-', StringSplitOptions.RemoveEmptyEntries)
        .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>How many were asked for; a value that is not a whole number, or is below the minimum, is refused with the option's name.</summary>
    public int Read(IConfiguration configuration)
    {
        var text = configuration[Setting];
        if (text is null) return 0;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || (count != 0 && count < Minimum))
            throw new ArgumentException($"{Option} needs a whole number of at least {Minimum}.");
        return count;
    }
}
