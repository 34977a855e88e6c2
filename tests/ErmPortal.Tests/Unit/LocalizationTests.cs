using System.Globalization;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Recruitment;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web;
using ErmPortal.Web.Infrastructure.Localization;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Profiles;
using ErmPortal.Web.Recruitment;
using ErmPortal.Web.Shared;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ErmPortal.Tests.Unit;

/// <summary>Every text the portal shows exists in every language, with the same placeholders.</summary>
public class LocalizationTests
{
    private static readonly IReadOnlyList<ResourceSet> Sets = LocalizationSources.ResourceSets();

    /// <summary>Only the placeholder's index or name counts: "{0:d}" in English may be "{0}" elsewhere only if it is the same value.</summary>
    private static readonly Regex Placeholder = new(@"\{([^{}:,]+)(?:[:,][^{}]*)?\}");

    private static string Placeholders(string text) =>
        string.Join(" ", Placeholder.Matches(text).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_have_english_and_three_translations_when_a_resource_set_exists()
    {
        Assert.Contains(Sets, set => set.BaseName == Path.Combine("Resources", "SharedResource"));
        foreach (var set in Sets)
            Assert.True(LocalizationSources.Cultures.All(set.ByCulture.ContainsKey),
                $"{set.BaseName} has {string.Join(", ", set.ByCulture.Keys.Select(c => c.Length == 0 ? "en" : c))}; it needs en, it, fa and zh-Hans.");
    }

    [Fact]
    public void Should_have_the_same_keys_in_every_language_when_english_has_them()
    {
        var problems = new List<string>();
        foreach (var set in Sets)
            foreach (var (culture, strings) in set.ByCulture.Where(c => c.Key.Length > 0))
            {
                problems.AddRange(set.English.Keys.Except(strings.Keys).Select(key => $"{set.BaseName}.{culture} lacks \"{key}\""));
                problems.AddRange(strings.Keys.Except(set.English.Keys).Select(key => $"{set.BaseName}.{culture} has \"{key}\", which English lacks"));
            }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Should_have_the_same_placeholders_in_every_language_when_a_text_has_arguments()
    {
        var problems = new List<string>();
        foreach (var set in Sets)
            foreach (var (culture, strings) in set.ByCulture)
                foreach (var (key, value) in strings)
                {
                    var expected = Placeholders(set.English.GetValueOrDefault(key, key));
                    if (Placeholders(value) != expected || Placeholders(key) != expected)
                        problems.Add($"{set.BaseName}.{culture} \"{key}\": [{Placeholders(value)}], English has [{expected}]");
                }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Should_give_english_the_text_of_its_key_when_english_is_the_key()
    {
        foreach (var set in Sets)
            Assert.All(set.English, pair => Assert.Equal(pair.Key, pair.Value));
    }

    [Fact]
    public void Should_find_every_key_in_english_when_a_view_or_code_uses_it()
    {
        var uses = LocalizationSources.KeysUsedInSource();
        Assert.True(uses.Count > 300, $"Only {uses.Count} keys found: the scan has lost its patterns.");
        var missing = uses.Where(use => !KeysAvailableTo(use.File).Contains(use.Key)).Select(use => use.ToString()).Distinct().ToList();
        Assert.True(missing.Count == 0, "Not in the English resources:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Should_find_every_computed_label_in_english_when_a_view_translates_it()
    {
        var shared = Enum.GetValues<EmployeeStatus>().Select(Labels.Of)
            .Concat(Enum.GetValues<EmploymentType>().Select(Labels.Of))
            .Concat(Enum.GetValues<Gender>().Select(Labels.Of))
            .Concat(Roles.All)
            .Concat(ValidationMessages.FieldMessages);
        Assert.All(shared, label => Assert.Contains(label, KeysAvailableTo(Path.Combine("src", "ErmPortal.Web", "Shared", "Labels.cs"))));
        foreach (var (module, labels) in ComputedLabels)
            Assert.All(labels, label => Assert.Contains(label, KeysAvailableTo(Path.Combine("src", "ErmPortal.Web", module, "Labels.cs"))));
    }

    /// <summary>
    /// Texts a module's pages compute rather than write: enum names, messages with a limit written in, and the
    /// audited fields' labels the audit log shows.
    /// </summary>
    private static readonly (string Module, IEnumerable<string> Labels)[] ComputedLabels =
    [
        ("Profiles", Enum.GetNames<ChangeRequestStatus>()
            .Concat([$"List at most {EditMyProfile.MaxTags} skills.", $"List at most {EditMyProfile.MaxTags} interests."])),
        ("Organisation", Enum.GetNames<JobChangeKind>()),
        ("Recruitment", Enum.GetValues<StageKind>().Select(RecruitmentLabels.Of).Concat(Enum.GetValues<CandidateSource>().Select(RecruitmentLabels.Of))
            .Concat(Enum.GetValues<OpeningStatus>().Select(RecruitmentLabels.Of)).Concat(Enum.GetValues<OpeningAudience>().Select(RecruitmentLabels.Of))),
        ("Onboarding", ErmPortal.Web.Onboarding.Templates.TemplateLabels.All
            .Concat([ErmPortal.Web.Onboarding.Templates.TemplateDocument.NotPdf, ErmPortal.Web.Onboarding.Templates.TemplateDocument.TooLarge,
                ErmPortal.Web.Onboarding.Templates.TemplateDocument.FormTooLarge])),
        ("Learning", Enum.GetValues<ErmPortal.Data.Learning.MandatoryState>().Select(ErmPortal.Web.Learning.Compliance.MandatoryLabels.Of)),
        ("Reviews", Enum.GetValues<ErmPortal.Data.Reviews.ReviewPhase>().Select(ErmPortal.Web.Reviews.Cycles.CycleLabels.Of)
            .Concat(Enum.GetValues<ErmPortal.Data.Reviews.ReviewCycleScope>().Select(ErmPortal.Web.Reviews.Cycles.CycleLabels.Of))),
        ("Audit", AuditedFields.All.SelectMany(t => t.Fields.Values.Select(f => f.Label).Append(t.Label))),
    ];

    [Fact]
    public void Should_keep_each_key_in_one_place_when_modules_have_their_own_resources()
    {
        var shared = Sets.Single(set => set.BaseName == LocalizationSources.SharedResourceSet).English.Keys.ToHashSet();
        var twice = Sets.Where(set => set.BaseName != LocalizationSources.SharedResourceSet)
            .SelectMany(set => set.English.Keys.Where(shared.Contains).Select(key => $"{set.BaseName} and the shared resources both have \"{key}\""))
            .ToList();
        Assert.True(twice.Count == 0, string.Join(Environment.NewLine, twice));
    }

    /// <summary>
    /// A module's key is used when the module's own code writes it (in its web folder or its entities' folder), or
    /// when its pages compute it.
    /// </summary>
    [Fact]
    public void Should_use_every_key_of_a_module_when_the_module_defines_it()
    {
        var unused = new List<string>();
        foreach (var module in Modules)
        {
            var set = Sets.Single(s => s.BaseName == LocalizationSources.ResourceSetOf(module));
            var code = LocalizationSources.SourceFiles("*.cs*")
                .Where(file => LocalizationSources.ModuleOf(LocalizationSources.Relative(file)) == module)
                .Select(File.ReadAllText).ToList();
            var computed = ComputedLabels.Where(c => c.Module == module).SelectMany(c => c.Labels).ToHashSet();
            unused.AddRange(set.English.Keys
                .Where(key => !computed.Contains(key) && !code.Any(text => text.Contains(CSharpLiteral(key), StringComparison.Ordinal)))
                .Select(key => $"{set.BaseName} has \"{key}\", which no code of {module} uses"));
        }
        Assert.True(unused.Count == 0, string.Join(Environment.NewLine, unused));
    }

    [Fact]
    public void Should_look_up_a_modules_own_resources_when_a_folder_is_a_module()
    {
        Assert.Contains("Organisation", Modules);
        foreach (var module in Modules)
        {
            var marker = typeof(SharedResource).Assembly.GetType($"ErmPortal.Web.{module}.{module}Resource");
            Assert.True(marker is not null, $"{module} has no {module}Resource marker.");
            var anyType = typeof(SharedResource).Assembly.GetTypes().First(t => t.Namespace == $"ErmPortal.Web.{module}" && t != marker);
            Assert.Equal(marker, ModuleResourcesLocalizerFactory.ResourceOf(anyType));
        }
    }

    /// <summary>Every folder of the web project that holds features; infrastructure and shared code are not modules.</summary>
    private static readonly string[] Modules = System.IO.Directory.GetDirectories(LocalizationSources.WebProject)
        .Select(Path.GetFileName).OfType<string>()
        .Where(name => name is not ("Infrastructure" or "Shared" or "Resources" or "Seeding" or "Properties" or "bin" or "obj" or "wwwroot"))
        .ToArray();

    private static string CSharpLiteral(string key) => "\"" + key.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A source file reads the shared resources and those of its own module folder (its entities' folder counts as the module's).</summary>
    private static HashSet<string> KeysAvailableTo(string file)
    {
        var module = LocalizationSources.ModuleOf(file);
        return Sets.Where(set => set.BaseName == LocalizationSources.SharedResourceSet
                                 || (module is not null && set.BaseName == LocalizationSources.ResourceSetOf(module)))
            .SelectMany(set => set.English.Keys).ToHashSet();
    }

    /// <summary>
    /// <c>LocalizedHtmlString.Value</c> is the translated format string before its arguments go in: a title built
    /// from <c>L["Edit {0}", name].Value</c> reads "Edit {0}". <c>L.GetString(key, arguments)</c> formats.
    /// </summary>
    [Fact]
    public void Should_not_take_value_of_a_formatted_text_when_a_view_localizes_it()
    {
        var problems = new List<string>();
        foreach (var file in LocalizationSources.SourceFiles("*.cshtml"))
        {
            var text = File.ReadAllText(file);
            foreach (var (start, inside) in IndexerCalls(text))
            {
                var end = start + inside.Length + 3; // "L[" + inside + "]"
                if (!text.AsSpan(end).StartsWith(".Value", StringComparison.Ordinal)) continue;
                if (HasTopLevelComma(inside) || Placeholder.IsMatch(inside))
                    problems.Add($"{LocalizationSources.Relative(file)}:{LocalizationSources.LineOf(text, start)}: L[{inside}].Value");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Should_catch_value_of_a_formatted_text_when_a_view_has_one()
    {
        var calls = IndexerCalls("""<h1>@L["Edit {0}", Model.Name].Value</h1> @L[x[1]].Value""").ToList();
        Assert.Equal(["\"Edit {0}\", Model.Name", "x[1]"], calls.Select(c => c.Inside));
        Assert.True(HasTopLevelComma(calls[0].Inside));
        Assert.False(HasTopLevelComma("items[\"a, b\"]"));
    }

    /// <summary>Each <c>L[...]</c> in a view with what is inside its brackets, brackets in strings and indexers included.</summary>
    private static IEnumerable<(int Start, string Inside)> IndexerCalls(string text)
    {
        foreach (Match call in Regex.Matches(text, @"\bL\["))
        {
            var (depth, inString) = (1, false);
            var at = call.Index + 2;
            for (; at < text.Length && depth > 0; at++)
            {
                var c = text[at];
                if (c == '"' && text[at - 1] != '\\') inString = !inString;
                else if (!inString && c == '[') depth++;
                else if (!inString && c == ']') depth--;
            }
            if (depth == 0) yield return (call.Index, text[(call.Index + 2)..(at - 1)]);
        }
    }

    private static bool HasTopLevelComma(string arguments)
    {
        var (depth, inString) = (0, false);
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (c == '"' && (i == 0 || arguments[i - 1] != '\\')) inString = !inString;
            else if (inString) continue;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ',' && depth == 0) return true;
        }
        return false;
    }
}

/// <summary>Counted phrases and durations in the reader's language.</summary>
public class PluralTests
{
    private static readonly IHtmlLocalizer L = new HtmlLocalizer(Localizers.Factory.Create(typeof(SharedResource)));

    /// <summary>The employee page's own words, where tenure is shown.</summary>
    private static readonly IHtmlLocalizer Organisation = new HtmlLocalizer(Localizers.Factory.Create(typeof(OrganisationResource)));

    private static string Found(string culture, int count) =>
        Localizers.In(culture, () => L.Plural(count, "1 person found", "{0} people found").ToHtmlString());

    [Theory]
    [InlineData("en", 1, "1 person found")]
    [InlineData("en", 2, "2 people found")]
    [InlineData("en", 0, "0 people found")]
    [InlineData("it", 1, "1 persona trovata")]
    [InlineData("it", 2, "2 persone trovate")]
    [InlineData("fa", 1, "1 نفر پیدا شد")]
    [InlineData("fa", 2, "2 نفر پیدا شد")]
    [InlineData("zh-Hans", 1, "找到 1 人")]
    [InlineData("zh-Hans", 2, "找到 2 人")]
    public void Should_use_the_form_the_language_needs_when_a_count_is_shown(string culture, int count, string expected) =>
        Assert.Equal(expected, Found(culture, count));

    [Theory]
    [InlineData("en", "2021-03-01", "2022-03-01", "1 year")]
    [InlineData("en", "2021-03-01", "2023-02-28", "1 year")]
    [InlineData("en", "2021-03-01", "2023-03-01", "2 years")]
    [InlineData("it", "2021-03-01", "2022-03-01", "1 anno")]
    [InlineData("it", "2016-03-01", "2026-03-01", "10 anni")]
    [InlineData("fa", "2021-03-01", "2022-03-01", "یک سال")]
    [InlineData("fa", "2021-03-01", "2023-03-01", "2 سال")]
    [InlineData("zh-Hans", "2021-03-01", "2022-03-01", "1 年")]
    [InlineData("zh-Hans", "2021-03-01", "2023-03-01", "2 年")]
    public void Should_count_whole_years_in_the_readers_words_when_tenure_is_shown(string culture, string from, string to, string expected) =>
        Assert.Equal(expected, Localizers.In(culture, () => Plurals.Years(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("en", "With us for 2 years")]
    [InlineData("it", "Con noi da 2 anni")]
    public void Should_read_as_a_sentence_when_tenure_goes_into_its_phrase(string culture, string expected) =>
        Assert.Equal(expected, Localizers.In(culture, () => Organisation["With us for {0}", Plurals.Years(new DateOnly(2020, 1, 1), new DateOnly(2022, 6, 1))].ToHtmlString()));

    [Theory]
    [InlineData("۱۴۰۳", "1403")]
    [InlineData("٢٠٢٦-٠٣-٠١", "2026-03-01")]
    [InlineData("+49 30 1234567", "+49 30 1234567")]
    public void Should_read_eastern_digits_as_latin_when_typed(string typed, string expected) =>
        Assert.Equal(expected, LatinDigits.Of(typed));
}

/// <summary>A module's strings live beside it; what it lacks comes from the shared resources.</summary>
public class ModuleResourcesTests
{
    private static readonly IStringLocalizerFactory Factory = Localizers.Factory;
    [Fact]
    public void Should_take_a_modules_own_text_first_when_its_folder_has_the_key() =>
        Assert.Equal(("Squadra", "Team"), (Localizers.In("it", () => Factory.Create(typeof(ModuleStrings))["Department"].Value),
            Localizers.In("en", () => Factory.Create(typeof(ModuleStrings))["Department"].Value)));

    [Fact]
    public void Should_fall_back_to_the_shared_resources_when_a_module_lacks_a_key() =>
        Assert.Equal("Tutti i reparti", Localizers.In("it", () => Factory.Create(typeof(ModuleStrings))["All departments"].Value));
}

internal static class Localizers
{
    public static readonly IStringLocalizerFactory Factory = new ModuleResourcesLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    public static T In<T>(string culture, Func<T> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return read(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi); }
    }
}

/// <summary>A module's resource marker: its strings are in Unit/Resources/ModuleStrings.{culture}.resx.</summary>
public class ModuleStrings;

internal static class HtmlStrings
{
    public static string ToHtmlString(this LocalizedHtmlString html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }
}
