using CmkSim.Tests.Support;

namespace CmkSim.Tests.Scenarios;

/// <summary><c>cmksim validate</c> and <c>cmksim list</c> as a user runs them.</summary>
public sealed class ValidateCommandTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Samples");

    [Fact]
    public async Task Validate_on_a_bad_file_prints_its_errors_and_exits_2()
    {
        using var file = new ScenarioFile("""
            name: bad
            tenant: { environments: [ { name: a, region: europe } ] }
            steps:
              - { at: 0, as: nobody, do: reset, environments: a }

            """);

        var result = await CmkSimProcess.RunAsync("validate", Path.Combine(Samples, "key-rotation-and-byok.yaml"), file.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file.Path}:4:18: steps[1].as: unknown actor 'nobody'", result.Error, StringComparison.Ordinal);
        Assert.Contains("ok  ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(file.Path, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_refuses_what_run_would_refuse_a_name_that_is_no_report_folder_and_two_scenarios_of_one_name()
    {
        // Before, validate passed these and run then refused them (exit 2) before running anything.
        using var a = new ScenarioFile("name: same\ntenant: { environments: [ { name: a, region: europe } ] }\n");
        using var b = new ScenarioFile("name: SAME\ntenant: { environments: [ { name: a, region: europe } ] }\n");
        using var index = new ScenarioFile("name: index-plots\ntenant: { environments: [ { name: a, region: europe } ] }\n");

        var result = await CmkSimProcess.RunAsync("validate", a.Path, b.Path, index.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"ok  {a.Path}", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{b.Path}:1:7: name: 'SAME' would write to the same report folder as 'same' ({a.Path}:1:7)", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{index.Path}:1:7: name: 'index-plots' can't be a report folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_on_a_folder_checks_every_scenario_in_it_with_the_scale()
    {
        var result = await CmkSimProcess.RunAsync("validate", Samples, "--scale", "2");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"ok  {Path.Combine(Samples, "key-rotation-and-byok.yaml")}  (12 steps, 7 environments, 3 expectations)", lines[0]);
        Assert.Equal($"ok  {Path.Combine(Samples, "malicious-admin-lockout.yaml")}  (11 steps, 401 environments, 7 expectations)", lines[1]);
    }

    [Fact]
    public async Task List_shows_file_name_and_the_first_line_of_the_description()
    {
        var result = await CmkSimProcess.RunAsync("list", Samples);

        Assert.True(result.ExitCode == 0, result.Error);
        var lockout = result.Output.Split('\n').Single(l => l.Contains("malicious-admin-lockout.yaml", StringComparison.Ordinal));
        Assert.Contains("  malicious-admin-lockout  ", lockout, StringComparison.Ordinal);
        Assert.EndsWith("One admin with both roles locks and destroys 200 environments' data.", lockout.TrimEnd(), StringComparison.Ordinal);
    }
}
