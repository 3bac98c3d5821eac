using CmkSim.Tests.Simulation;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>A failed run ends its block with the one command that replays it exactly, and that command fails the same way.</summary>
public sealed class ReplayCommandTests
{
    [Fact]
    public async Task A_failed_run_prints_last_the_command_that_replays_it_and_the_replay_fails_alike()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-replay-").FullName;
        var path = Path.Combine(folder, "wrong.yaml");
        File.WriteAllText(path, File.ReadAllText(ScenarioDeterminismTests.ScenarioPath("14-reset.yaml"))
            .Replace("{ at: 6d1m, environments: scratch, status: Enabled, encryption: MicrosoftManaged", "{ at: 6d1m, environments: scratch, status: Enabled, encryption: Encrypted"));

        var first = await CmkSimProcess.RunAsync("run", path, "--seed", "3", "--scale", "2", "--out", Path.Combine(folder, "out1"));

        Assert.Equal(1, first.ExitCode);
        var lines = first.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var replay = lines.FindIndex(l => l.StartsWith("      replay: ", StringComparison.Ordinal));
        Assert.True(replay > 0, first.Output);
        Assert.StartsWith("      report: ", lines[replay - 1], StringComparison.Ordinal);
        Assert.StartsWith("reports ", lines[replay + 1], StringComparison.Ordinal);
        Assert.Equal($"cmksim run {path} --seed 3 --scale 2", lines[replay]["      replay: ".Length..]);

        var again = await CmkSimProcess.RunAsync("run", path, "--seed", "3", "--scale", "2", "--out", Path.Combine(folder, "out2"));

        Assert.Equal(1, again.ExitCode);
        Assert.Equal(lines.Where(l => l.StartsWith("        ", StringComparison.Ordinal)),
            again.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("        ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_passing_run_prints_no_replay()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-replay-ok-").FullName;

        var result = await CmkSimProcess.RunAsync("run", ScenarioDeterminismTests.ScenarioPath("14-reset.yaml"), "--out", Path.Combine(folder, "out"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("replay:", result.Output);
    }
}
