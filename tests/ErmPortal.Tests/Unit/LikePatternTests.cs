using ErmPortal.Web.Infrastructure;

namespace ErmPortal.Tests.Unit;

/// <summary>A search for "50%" finds "50%", not everything starting with 50.</summary>
public class LikePatternTests
{
    [Theory]
    [InlineData("Smith", "%Smith%")]
    [InlineData("50%", "%50\\%%")]
    [InlineData("first_name", "%first\\_name%")]
    [InlineData("C:\\temp", "%C:\\\\temp%")]
    public void Should_look_for_typed_wildcards_as_themselves_when_a_search_becomes_a_like_pattern(string typed, string pattern) =>
        Assert.Equal(pattern, LikePattern.Containing(typed));
}
