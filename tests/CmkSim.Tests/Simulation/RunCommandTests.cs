using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary><c>cmksim run</c> as a user meets it: exit codes, the failed expectation explained, nothing run on bad input.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task A_wrong_expectation_exits_1_and_says_which_expectation_failed_and_why()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-wrong-").FullName;
        var text = File.ReadAllText(ScenarioDeterminismTests.ScenarioPath("14-reset.yaml"))
            .Replace("{ at: 6d1m, environments: scratch, status: Enabled, encryption: MicrosoftManaged", "{ at: 6d1m, environments: scratch, status: Enabled, encryption: Encrypted");
        var path = Path.Combine(folder, "wrong.yaml");
        File.WriteAllText(path, text);

        var result = await CmkSimProcess.RunAsync("run", path, "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL  reset", result.Output);
        Assert.Contains("expectation 2 (wrong.yaml:", result.Output);
        Assert.Contains("encryption expected Encrypted, was MicrosoftManaged", result.Output);
        Assert.True(File.Exists(Path.Combine(folder, "out", "reset", "report.html")));
    }

    [Fact]
    public async Task Invalid_input_exits_2_names_file_line_and_column_and_runs_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-invalid-").FullName;
        var path = Path.Combine(folder, "bad.yaml");
        File.WriteAllText(path, File.ReadAllText(ScenarioDeterminismTests.ScenarioPath("14-reset.yaml")).Replace("do: reset,", "do: resett,"));

        var result = await CmkSimProcess.RunAsync("run", path, "--out", Path.Combine(folder, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+:\d+: ", result.Error);
        Assert.Contains("reset", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public async Task A_bad_ARM_template_is_invalid_input_with_its_line_and_rule()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-template-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        File.Copy(ScenarioDeterminismTests.ScenarioPath("01-onboarding.yaml"), Path.Combine(folder, "onboarding.yaml"));
        File.WriteAllText(Path.Combine(folder, "templates", "cmk-europe.json"),
            File.ReadAllText(Path.Combine(RepoPaths.Root, "scenarios", "templates", "cmk-europe.json")).Replace("\"kind\": \"Encryption\"", "\"kind\": \"Lockbox\""));

        var result = await CmkSimProcess.RunAsync("run", Path.Combine(folder, "onboarding.yaml"), "--out", Path.Combine(folder, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cmk-europe.json:11:", result.Error);
        Assert.Contains("EP-07", result.Error);
    }
}
