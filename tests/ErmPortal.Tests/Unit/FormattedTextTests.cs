using ErmPortal.Web.Shared;

namespace ErmPortal.Tests.Unit;

/// <summary>An opening's description keeps its formatting and loses anything that could run or load on a reader's page.</summary>
public class FormattedTextTests
{
    [Theory]
    [InlineData("<p>Hello<script>alert(1)</script></p>", "<p>Hello</p>")]
    [InlineData("<p onclick=\"steal()\">Hi</p>", "<p>Hi</p>")]
    [InlineData("<img src=x onerror=alert(1)>Text", "Text")]
    [InlineData("<a href=\"javascript:alert(1)\">link</a>", "<a rel=\"noopener noreferrer nofollow\">link</a>")]
    [InlineData("<p style=\"position:fixed\">x</p>", "<p>x</p>")]
    [InlineData("<iframe src=\"https://evil.test\"></iframe><p>ok</p>", "<p>ok</p>")]
    public void Should_remove_what_runs_or_loads_and_keep_the_words(string written, string kept) =>
        Assert.Equal(kept, FormattedText.Sanitize(written));

    [Fact]
    public void Should_keep_headings_lists_emphasis_and_web_links()
    {
        const string description = "<h3>About the role</h3><ul><li><strong>SQL</strong> and <em>Excel</em></li></ul>";
        Assert.Equal(description, FormattedText.Sanitize(description));
        Assert.Equal("<a href=\"https://example.test/team\" rel=\"noopener noreferrer nofollow\">team</a>",
            FormattedText.Sanitize("<a href=\"https://example.test/team\" target=\"_top\">team</a>"));
    }
}
