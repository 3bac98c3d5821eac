using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Faults;

/// <summary>platform.silos and the silo actions: typed records from valid steps, file:line:column errors for misuse.</summary>
public sealed class SiloActionParsingTests() : TempFolderTests("cmksim-silo-parse-")
{
    private static string Scenario(string platform, string step) => $$"""
        name: silos
        {{platform}}
        tenant:
          users:
            - { name: ops, roles: [] }
          environments:
            - { name: prod-a, region: france }
        steps:
          - {{step}}

        """;

    [Fact]
    public void Silos_default_to_one_and_the_actions_build_their_records()
    {
        Assert.Equal(1, ScenarioLoader.Parse(Scenario("", "{ at: 1h, as: ops, do: readRecords, environments: prod-a }"), "s.yaml").Platform.Silos);

        var scenario = ScenarioLoader.Parse(Scenario("platform: { silos: 3 }", "{ at: 1h, as: platform, do: killSilo, silo: 3 }")
            + "  - { at: 2h, as: platform, do: restartSilo, silo: 3 }\n", "s.yaml");

        Assert.Equal(3, scenario.Platform.Silos);
        Assert.Equal<object>(new KillSilo(3), scenario.Steps[0].Do);
        Assert.Equal<object>(new RestartSilo(3), scenario.Steps[1].Do);
    }

    [Theory]
    [InlineData("platform: { silos: 3 }", "{ at: 1h, as: platform, do: killSilo, silo: 4 }", 9, "steps[1].silo", "has 3 silo(s)")]
    [InlineData("", "{ at: 1h, as: platform, do: killSilo, silo: 2 }", 9, "steps[1].silo", "platform: { silos: K }")]
    [InlineData("platform: { silos: 3 }", "{ at: 1h, as: platform, do: killSilo, silo: 1 }", 9, "steps[1].silo", "primary")]
    [InlineData("platform: { silos: 3 }", "{ at: 1h, as: platform, do: restartSilo, silo: 1 }", 9, "steps[1].silo", "primary")]
    [InlineData("platform: { silos: 3 }", "{ at: 1h, as: platform, do: killSilo, silo: 0 }", 9, "steps[1].silo", "names silo 0")]
    [InlineData("platform: { silos: 3 }", "{ at: 1h, as: platform, do: killSilo, silo: 9 }", 9, "steps[1].silo", "more than 5")]
    [InlineData("platform: { silos: 6 }", "{ at: 1h, as: ops, do: readRecords, environments: prod-a }", 2, "platform.silos", "")]
    [InlineData("platform: { silos: 0 }", "{ at: 1h, as: ops, do: readRecords, environments: prod-a }", 2, "platform.silos", "")]
    public void Misuse_is_an_error_at_its_line_and_column(string platform, string step, int line, string field, string message)
    {
        var text = Scenario(platform, step);
        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "s.yaml"));

        var first = error.Errors[0].ToString();
        Assert.StartsWith($"s.yaml:{line}:", first, StringComparison.Ordinal);
        Assert.Contains(field, first, StringComparison.Ordinal);
        Assert.Contains(message, first, StringComparison.Ordinal);
    }

    /// <summary>Before, a second kill of a dead silo and a restart of a running one were each journaled as done.</summary>
    [Theory]
    [InlineData("killSilo, silo: 2", "killSilo, silo: 2", "which step 1 killed and no step restarts before this one")]
    [InlineData("killSilo, silo: 2", "restartSilo, silo: 3", "restartSilo names silo 3, which is running")]
    [InlineData("readRecords, environments: prod-a", "restartSilo, silo: 2", "only a killed silo can be restarted")]
    public void A_kill_of_a_dead_silo_or_a_restart_of_a_running_one_is_an_error_at_the_silo(string first, string second, string message)
    {
        var actor = first.StartsWith("read", StringComparison.Ordinal) ? "ops" : "platform";
        var text = Scenario("platform: { silos: 3 }", $"{{ at: 1h, as: {actor}, do: {first} }}")
            + $"  - {{ at: 2h, as: platform, do: {second} }}\n";

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "s.yaml"));

        var only = Assert.Single(error.Errors).ToString();
        Assert.StartsWith("s.yaml:10:", only, StringComparison.Ordinal);
        Assert.Contains("steps[2].silo", only, StringComparison.Ordinal);
        Assert.Contains(message, only, StringComparison.Ordinal);
    }

    [Fact]
    public void A_silo_killed_restarted_and_killed_again_is_a_valid_life()
    {
        var text = Scenario("platform: { silos: 3 }", "{ at: 1h, as: platform, do: killSilo, silo: 2 }")
            + "  - { at: 2h, as: platform, do: restartSilo, silo: 2 }\n  - { at: 3h, as: platform, do: killSilo, silo: 2 }\n";

        Assert.Equal(3, ScenarioLoader.Parse(text, "s.yaml").Steps.Count);
    }

    [Fact]
    public async Task Validate_exits_2_with_the_file_line_and_column()
    {
        var file = Path.Combine(Folder, "kill.yaml");
        await File.WriteAllTextAsync(file, Scenario("platform: { silos: 2 }", "{ at: 1h, as: platform, do: killSilo, silo: 1 }"));

        var result = await CmkSimProcess.RunAsync("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("kill.yaml:9:", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Contains("primary", result.Error + result.Output, StringComparison.Ordinal);
    }
}
