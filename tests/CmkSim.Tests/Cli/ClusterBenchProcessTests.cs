using System.Globalization;
using CmkSim.Tests.Cluster;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>
/// <c>cmksim bench cluster</c> starts its own silo processes and Redis, prints calls per second and CPU per call in one
/// process and across processes, and leaves nothing running; its timings are the machine's, never asserted.
/// </summary>
public sealed class ClusterBenchProcessTests
{
    [Fact]
    public async Task The_cluster_bench_prints_both_cases_and_the_cost_of_a_crossing()
    {
        var result = await CmkSimProcess.RunAsync("bench", "cluster", "--calls", "2000", "--silos", "2");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        Assert.Contains("CPU µs each", Assert.Single(lines, l => l.StartsWith("case ", StringComparison.Ordinal)));
        foreach (var row in new[] { "(a) grain calls in one process", "(b) grain calls, client to 2 silo processes" })
        {
            var line = Assert.Single(lines, l => l.StartsWith(row, StringComparison.Ordinal));
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // rate, CPU per call and the ratio to (a): numbers, whatever their values.
            Assert.All(cells[^3..], c => Assert.True(double.TryParse(c, NumberStyles.Number, CultureInfo.InvariantCulture, out _), line));
        }

        Assert.Contains(lines, l => l.StartsWith("one crossing costs ", StringComparison.Ordinal));
        // The silos and the Redis it started (listed after "pids") are gone once it has returned.
        var pids = System.Text.RegularExpressions.Regex.Match(result.Output, @"\(pids ([0-9 ]+),").Groups[1].Value.Split(' ').Select(int.Parse).ToList();
        Assert.Equal(3, pids.Count);
        Assert.DoesNotContain(pids, ClusterProcesses.Running);
    }
}
