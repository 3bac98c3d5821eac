using System.Text.Json;
using CmkSim.Domain.Rules;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Rules;

/// <summary><c>cmksim rules [ID]</c>, run as the real program: the table, one rule in full, JSON, and bad input.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public async Task The_table_has_a_row_per_catalogue_rule_with_its_home()
    {
        var result = await CmkSimProcess.RunAsync("rules", "--source", RepoPaths.Root);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Single(lines, l => l.StartsWith(rule.Id + " ", StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.StartsWith("EN-08 ", StringComparison.Ordinal) && l.Contains("grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task EN08_in_full_shows_its_home_file_its_tests_and_scenario_17()
    {
        var result = await CmkSimProcess.RunAsync("rules", "EN-08");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("EN-08  consequence+advisory", result.Output, StringComparison.Ordinal);
        Assert.Contains("  En08PreviousKeyVersion  grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs:", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\ntests \([1-9][0-9]*\):\n  \w+\.\w+  tests/", result.Output);
        Assert.Contains("  scenarios/17-rotation-disable-during-rollout.yaml: line", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_rule_exits_2_with_one_line_listing_the_valid_IDs()
    {
        var result = await CmkSimProcess.RunAsync("rules", "XX-99");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cmksim: no rule 'XX-99'; valid IDs: KV-01, ", line, StringComparison.Ordinal);
        Assert.All(RuleCatalog.All, r => Assert.Contains(r.Id, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hostile_ID_is_escaped_on_the_terminal()
    {
        var result = await CmkSimProcess.RunAsync("rules", "\u001b[31mEN-08\u202e");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'\\x1b[31mEN-08\\u202e'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error);
    }

    [Fact]
    public async Task A_source_that_is_not_a_checkout_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cmksim-rules-no-such-folder");
        var result = await CmkSimProcess.RunAsync("rules", "--source", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"cmksim: --source '{missing}': no CmkSim.sln there; pass the folder of a CmkSim checkout", result.Error.TrimEnd());
    }

    [Fact]
    public async Task Json_lists_every_rule_with_its_links_for_machines()
    {
        var all = await CmkSimProcess.RunAsync("rules", "--json");
        var one = await CmkSimProcess.RunAsync("rules", "EN-08", "--json");

        Assert.Equal(0, all.ExitCode);
        using var document = JsonDocument.Parse(all.Output);
        Assert.True(document.RootElement.GetProperty("sourceTree").GetBoolean());
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), document.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        using var single = JsonDocument.Parse(one.Output);
        var en08 = Assert.Single(single.RootElement.GetProperty("rules").EnumerateArray());
        Assert.Equal("grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs", en08.GetProperty("homes")[0].GetProperty("file").GetString());
        Assert.Contains(en08.GetProperty("scenarios").EnumerateArray(), s => s.GetProperty("file").GetString() == "scenarios/17-rotation-disable-during-rollout.yaml");
        Assert.NotEqual(0, en08.GetProperty("tests").GetArrayLength());
    }
}
