using System.Text.Json;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cluster;

/// <summary>
/// <c>cmksim load --silos 3</c>, the real program with its own redis-server: a passing run whose bound counts the work
/// the silo processes did (record seals and opens, grain calls: before, the driver's own zeros), per-silo figures,
/// and nothing of the cluster left running.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class ClusterLoadProcessTests() : TempFolderTests("cmksim-test-cluster-load-")
{
    [Fact]
    public async Task A_load_run_on_three_silo_processes_counts_the_silos_work_and_leaves_nothing_running()
    {
        var run = await CmkSimProcess.RunAsync(null, null, TimeSpan.FromMinutes(5),
            "load", "--environments", "24", "--policies", "2", "--vaults", "1", "--days", "30", "--silos", "3", "--out", Folder);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        using var figures = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "load-24", "load.json")));
        Assert.True(figures.RootElement.GetProperty("recordSeals").GetInt64() > 0, "the silos' record seals reach the bound");
        Assert.True(figures.RootElement.GetProperty("grainCalls").GetInt64() > 0, "the silos' grain calls reach the bound");
        using var cluster = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "load-24", "cluster.json")));
        var silos = cluster.RootElement.GetProperty("clusters")[0].GetProperty("silos").EnumerateArray().ToList();
        Assert.Equal(3, silos.Count);
        Assert.Equal(figures.RootElement.GetProperty("grainCalls").GetInt64(), silos.Sum(s => s.GetProperty("calls").GetInt64()));
        // What each silo process cost the machine: its CPU, and the JIT compilation inside it, both since it started.
        Assert.All(silos, s => Assert.True(s.GetProperty("processCpuSeconds").GetDouble() > 0 && s.GetProperty("jitMethods").GetInt64() > 0,
            $"silo {s.GetProperty("silo")} publishes its process's CPU and JIT figures"));
        Assert.True(figures.RootElement.GetProperty("jitMethods").GetInt64() > 0, "the driver's JIT figures are in load.json");
        // The phases give the driver's time only: the work is the silos', and counted there.
        var phases = figures.RootElement.GetProperty("phases").EnumerateArray().ToList();
        Assert.Contains(phases, p => p.GetProperty("phase").GetString() == "events" && p.GetProperty("wallSeconds").GetDouble() > 0);
        Assert.All(phases, p => Assert.False(p.TryGetProperty("boundSeconds", out _)));

        var line = Assert.Single(run.Output.Split('\n'), l => l.StartsWith("cluster ", StringComparison.Ordinal));
        var printed = System.Text.RegularExpressions.Regex.Match(line, @"silo pids ([\d, ]+), redis-server pid (\d+)");
        Assert.True(printed.Success, line);
        var pids = printed.Groups[1].Value.Split(", ").Append(printed.Groups[2].Value).Select(int.Parse).ToList();
        Assert.All(pids, pid => Assert.False(ClusterProcesses.Running(pid), $"pid {pid} still runs after cmksim load --silos 3 exited"));
    }
}
