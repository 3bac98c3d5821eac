using CmkSim.Scenarios;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// Text that reads otherwise than it is, refused at its file:line:column. Before: a deleteEnvironment after a U+0085
/// in a comment ran (YAML breaks the line there, editors don't); a licence written "\u001b]0;…" reached report.html
/// as a raw terminal escape; a NUL in a template path crashed validation with exit 3.
/// </summary>
public sealed class HiddenCharacterTests
{
    [Theory]
    [InlineData('\u0085')]
    [InlineData('\u2028')]
    [InlineData('\u202E')]
    [InlineData('\u200B')]
    [InlineData('\u001B')]
    public void A_hidden_character_anywhere_in_the_file_is_refused_where_an_editor_shows_it(char hidden)
    {
        var line = $"  - {{ at: 0, as: mallory, do: readRecords, environments: sales-1 }}   # read only{hidden}"
            + "  - { at: 1h, as: mallory, do: deleteEnvironment, environments: sales-1 }";
        using var file = new ScenarioFile(Header);
        File.WriteAllText(file.Path, Header.ReplaceLineEndings("\n") + line + "\n"); // as written: ScenarioFile would make U+0085 a newline

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:9:{line.IndexOf(hidden) + 1}: yaml: the file contains U+{(int)hidden:X4}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("removeLicense, user: mallory, license: \"X\\e]0;TITLE\\a\" }", "license")]
    [InlineData("removeLicense, user: mallory, license: \"a\\u202Eb\" }", "license")]
    [InlineData("createEnterprisePolicy, template: \"templates/a\\0.json\" }", "template")]
    public void A_hidden_character_written_as_a_YAML_escape_is_refused_at_the_value(string step, string field)
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: " + step + "\n");

        var error = Only(file);

        Assert.Contains($": steps[1].{field}: contains U+", error, StringComparison.Ordinal);
        Assert.Contains("text that reads otherwise than it is", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_keeps_its_newlines_and_tabs_but_no_bidirectional_control()
    {
        using var ok = new ScenarioFile(Header.Replace("name: broken\n", "name: broken\ndescription: \"two\\nlines\\tand a tab\"\n", StringComparison.Ordinal)
            + "  - { at: 0, as: mallory, do: deletePolicy, policy: ep }\n");
        using var bidi = new ScenarioFile(Header.Replace("name: broken\n", "name: broken\ndescription: \"a\\u202Eb\"\n", StringComparison.Ordinal)
            + "  - { at: 0, as: mallory, do: deletePolicy, policy: ep }\n");

        Assert.Equal("two\nlines\tand a tab", ScenarioLoader.Load(ok.Path).Description);
        Assert.Contains("description: contains U+202E (a bidirectional control)", Only(bidi), StringComparison.Ordinal);
    }
}
