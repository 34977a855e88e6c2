using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>A set of translations: one neutral (English) .resx and one file per other language, keyed by culture.</summary>
public record ResourceSet(string BaseName, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByCulture)
{
    public IReadOnlyDictionary<string, string> English => ByCulture[""];
}

/// <summary>A localization key found in the source, with where it was found.</summary>
public record KeyUse(string Key, string File, int Line)
{
    public override string ToString() => $"{File}:{Line}: \"{Key}\"";
}

/// <summary>
/// Reads the portal's translations and the keys its views and code pass to the localizer, straight from the source
/// tree, so a test can compare them. A key is found where it is written as a literal at a place that localizes it:
/// <c>L["..."]</c>, <c>L.GetString("...")</c>, <c>L.Plural(n, "...", "...")</c>, <c>localizer["..."]</c>,
/// <c>messages.For("...")</c>, <c>WithMessage("...")</c>, <c>[Display(Name = "...")]</c>, flash messages, and the messages of the rule and
/// problem types whose text the pages translate. Keys computed at run time (enum labels, roles) are checked by
/// calling the code that computes them.
/// </summary>
public static class LocalizationSources
{
    public static readonly string[] Cultures = ["", "it", "fa", "zh-Hans"];

    private const string Literal = "\"((?:[^\"\\\\\\r\\n]|\\\\.)*)\"";

    private static readonly Regex[] ViewKeys =
    [
        new(@"\bL\[\s*" + Literal),
        new(@"\bL\.GetString\(\s*" + Literal),
    ];

    private static readonly Regex[] CodeKeys =
    [
        new(@"\blocalizer\[\s*" + Literal),
        new(@"\bl\[\s*" + Literal), // the localizer a timeline or notification kind is given
        new(@"\bmessages\.For\(\s*" + Literal),
        new(@"\.WithMessage\(\s*" + Literal),
        new(@"\[Display\(Name\s*=\s*" + Literal),
    ];

    /// <summary>A statement up to its semicolon, stepping over literals (a message may hold a semicolon).</summary>
    private const string Statement = "((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^;\"])*);";

    /// <summary>
    /// Statements whose literals are all texts to translate: a flash message (it may choose between two), and the
    /// rules, problems and warnings the pages translate (their other arguments are names, never literals, or blank).
    /// </summary>
    private static readonly Regex[] StatementsOfKeys =
    [
        new(@"TempData\[""Flash""\]\s*=" + Statement),
        new(@"\b(?:FileProblem|RowProblem|Outcome|DomainRuleException|ConcurrencyConflictException)\(" + Statement),
        new(@"\bwarnings\.Add\(" + Statement),
    ];

    /// <summary>Both forms of a counted phrase.</summary>
    private static readonly Regex PluralKeys = new(@"\.Plural\([^;""]*?,\s*" + Literal + @"\s*,\s*" + Literal);

    private static readonly Regex AnyLiteral = new(Literal);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebProject => Path.Combine(RepositoryRoot, "src", "ErmPortal.Web");

    public static IReadOnlyList<ResourceSet> ResourceSets() =>
        Directory.GetFiles(WebProject, "*.resx", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .GroupBy(path => BaseName(path))
            .Select(files => new ResourceSet(files.Key, files.ToDictionary(
                file => CultureOf(file),
                file => (IReadOnlyDictionary<string, string>)ReadResx(file))))
            .ToList();

    public static IReadOnlyList<KeyUse> KeysUsedInSource()
    {
        var uses = new List<KeyUse>();
        foreach (var file in SourceFiles("*.cshtml"))
            uses.AddRange(Find(file, ViewKeys.Append(PluralKeys)));
        foreach (var file in SourceFiles("*.cs"))
        {
            uses.AddRange(Find(file, CodeKeys.Append(PluralKeys)));
            var text = File.ReadAllText(file);
            foreach (var statement in StatementsOfKeys.SelectMany(pattern => pattern.Matches(text)))
                foreach (Match literal in AnyLiteral.Matches(statement.Groups[1].Value))
                    if (literal.Groups[1].Value.Any(char.IsLetter)) // not a separator such as ", "
                        uses.Add(new KeyUse(Unescape(literal.Groups[1].Value), Relative(file), LineOf(text, statement.Index)));
        }
        return uses;
    }

    public static IEnumerable<string> SourceFiles(string pattern) =>
        new[] { WebProject, Path.Combine(RepositoryRoot, "src", "ErmPortal.Data") }
            .SelectMany(folder => Directory.GetFiles(folder, pattern, SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path));

    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path);

    /// <summary>
    /// The module folder a source file belongs to ("Organisation" for src/ErmPortal.Web/Organisation/EditEmployee.cs
    /// and for src/ErmPortal.Data/Organisation/Employee.cs), or null for shared code.
    /// </summary>
    public static string? ModuleOf(string relativeFile)
    {
        var parts = relativeFile.Split(Path.DirectorySeparatorChar);
        if (parts.Length < 4 || parts[0] != "src") return null;
        return Directory.Exists(Path.Combine(WebProject, parts[2], "Resources")) ? parts[2] : null;
    }

    /// <summary>"Organisation/Resources/OrganisationResource" for the Organisation module.</summary>
    public static string ResourceSetOf(string module) => Path.Combine(module, "Resources", module + "Resource");

    public static string SharedResourceSet => Path.Combine("Resources", "SharedResource");

    public static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static IEnumerable<KeyUse> Find(string file, IEnumerable<Regex> patterns)
    {
        var text = File.ReadAllText(file);
        foreach (var pattern in patterns)
            foreach (Match match in pattern.Matches(text))
                foreach (var group in match.Groups.Cast<Group>().Skip(1).Where(g => g.Success))
                    yield return new KeyUse(Unescape(group.Value), Relative(file), LineOf(text, match.Index));
    }

    private static string Unescape(string literal) => Regex.Unescape(literal);

    private static Dictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>"Resources/SharedResource.fa.resx" and "Resources/SharedResource.resx" share "Resources/SharedResource".</summary>
    private static string BaseName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var culture = CultureOf(path);
        var baseName = culture.Length == 0 ? name : name[..^(culture.Length + 1)];
        return Path.Combine(Path.GetRelativePath(WebProject, Path.GetDirectoryName(path)!), baseName);
    }

    private static string CultureOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return Cultures.Where(c => c.Length > 0).FirstOrDefault(c => name.EndsWith("." + c, StringComparison.Ordinal)) ?? "";
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") ||
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ErmPortal.sln")))
                return folder.FullName;
        throw new InvalidOperationException("ErmPortal.sln not found above the test binaries.");
    }
}
