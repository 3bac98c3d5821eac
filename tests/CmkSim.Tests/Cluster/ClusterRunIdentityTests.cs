using CmkSim.Tests.Support;
using Xunit.Abstractions;

namespace CmkSim.Tests.Cluster;

/// <summary>
/// The same scenario on the embedded silo and on 3 silo processes (<c>cmksim run --silos 3</c>, the real program with
/// its own redis-server): results.json, audit.jsonl and junit.xml byte for byte, and nothing of the cluster left running.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class ClusterRunIdentityTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("cmksim-test-cluster-run-");

    /// <remarks>
    /// 26 kills silo 2 with <c>kill -9</c> twice and restarts it: nothing is lost and every verdict, journal line and
    /// expectation is the same; only the HSM operation counts of the timeline may differ, since an HSM's count lives
    /// in the process that opened it and a killed process takes what it counted since the last sample along.
    /// </remarks>
    [Theory]
    [InlineData("02-malicious-admin-unlock.yaml")]
    [InlineData("26-silo-killed.yaml")]
    public async Task A_library_scenario_gives_byte_identical_results_embedded_and_on_three_silo_processes(string scenario)
    {
        var file = Path.Combine(RepoPaths.Root, "scenarios", scenario);
        var embedded = Path.Combine(_out.FullName, "embedded");
        var clustered = Path.Combine(_out.FullName, "clustered");

        var one = await CmkSimProcess.RunAsync("run", file, "--out", embedded);
        var three = await CmkSimProcess.RunAsync("run", file, "--out", clustered, "--silos", "3");

        Assert.True(one.ExitCode == 0, one.Error);
        Assert.True(three.ExitCode == 0, three.Error + three.Output);
        var cluster = Assert.Single(three.Output.Split('\n'), l => l.StartsWith("cluster ", StringComparison.Ordinal));
        output.WriteLine(cluster);
        // A run that kills silos says how many calls met a dead silo and went again; one that kills none says nothing.
        var loss = three.Output.Split('\n').Where(l => l.StartsWith("silo loss: ", StringComparison.Ordinal)).ToList();
        if (scenario.StartsWith("26-", StringComparison.Ordinal))
        {
            Assert.Matches(@"^silo loss: after 2 kill\(s\), (\d+) call\(s\) refused by a dead silo were sent again \(\d+ by the driver, \d+ by the silos\)", Assert.Single(loss));
            output.WriteLine(loss[0]);
            // ... and how long the real cluster took: per kill to count the silo out, per restart to count it active.
            var recovery = Assert.Single(three.Output.Split('\n'), l => l.StartsWith("silo recovery: ", StringComparison.Ordinal));
            Assert.Matches(@"^silo recovery: kill -9 to counted out by the membership \d+\.\d s, \d+\.\d s; restart to active \d+\.\d s, \d+\.\d s \(wall clock\)", recovery);
            output.WriteLine(recovery);
        }
        else
        {
            Assert.Empty(loss);
        }
        foreach (var name in new[] { "results.json", "audit.jsonl", "junit.xml" })
        {
            var a = await File.ReadAllBytesAsync(Single(embedded, name));
            var b = await File.ReadAllBytesAsync(Single(clustered, name));
            if (scenario.StartsWith("26-", StringComparison.Ordinal) && name == "results.json")
            {
                Assert.Equal(WithoutHsmCounts(a), WithoutHsmCounts(b));
                continue;
            }

            Assert.True(a.AsSpan().SequenceEqual(b), $"{name} differs between the embedded silo and 3 silo processes");
        }

        // The printed pids (silos and the run's redis-server) are gone once the run has exited.
        var printed = System.Text.RegularExpressions.Regex.Match(cluster, @"silo pids ([\d, ]+), redis-server pid (\d+)");
        Assert.True(printed.Success, cluster);
        var pids = printed.Groups[1].Value.Split(", ").Append(printed.Groups[2].Value).Select(int.Parse).ToList();
        Assert.Equal(4, pids.Count);
        Assert.NotEmpty(pids);
        Assert.All(pids, pid => Assert.False(ClusterProcesses.Running(pid), $"pid {pid} still runs after cmksim run --silos 3 exited"));
    }

    private static string[] WithoutHsmCounts(byte[] json) =>
        System.Text.Encoding.UTF8.GetString(json).Split('\n').Where(l => !l.Contains("\"hsmOperations\"", StringComparison.Ordinal)).ToArray();

    private static string Single(string root, string name) => Assert.Single(Directory.GetFiles(root, name, SearchOption.AllDirectories));

    public void Dispose() => _out.Delete(recursive: true);
}
