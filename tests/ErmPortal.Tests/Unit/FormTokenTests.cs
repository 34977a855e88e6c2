using System.Text.RegularExpressions;
using ErmPortal.Tests.Infrastructure;
using Xunit;

namespace ErmPortal.Tests.Unit;

/// <summary>
/// The form tag helper adds the antiforgery token to a posted form on its own only when it knows the address: a form
/// whose action is written as a Razor expression gets none unless it asks, and its post is refused with a 400.
/// </summary>
public class FormTokenTests
{
    private static readonly Regex PostedFormWithComputedAction =
        new(@"<form\b(?=[^>]*method=""post"")(?=[^>]*action=""@)(?![^>]*asp-antiforgery=""true"")[^>]*>", RegexOptions.IgnoreCase);

    [Fact]
    public void Should_ask_for_the_token_when_a_posted_form_computes_its_action()
    {
        var missing = LocalizationSources.SourceFiles("*.cshtml")
            .SelectMany(file => PostedFormWithComputedAction.Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value}"))
            .ToList();
        Assert.Empty(missing);
    }
}
