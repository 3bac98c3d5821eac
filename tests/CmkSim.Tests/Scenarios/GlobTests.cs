using CmkSim.Scenarios.Names;

namespace CmkSim.Tests.Scenarios;

/// <summary>The one <c>*</c> glob of environment selections and finding subjects: literal but for <c>*</c>, linear on hostile patterns.</summary>
public sealed class GlobTests
{
    [Theory]
    [InlineData("eu-*", "eu-prod-1", true)]
    [InlineData("*-prod-*", "us-prod-12", true)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("ab*ba", "aba", false)]
    [InlineData("p.1", "px1", false)]
    [InlineData("user/mallory", "user/mallory", true)]
    public void Star_matches_any_run_and_nothing_else_is_special(string pattern, string text, bool matches) =>
        Assert.Equal(matches, Glob.Matches(pattern, text));

    [Fact]
    public void A_pattern_of_many_stars_on_a_long_name_answers_at_once()
    {
        var pattern = string.Concat(Enumerable.Repeat("a*", 32)) + "b";

        Assert.False(Glob.Matches(pattern, new string('a', 64)));
    }
}
