using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>
/// <c>cmksim bench engine</c> also prints local events doing AES-GCM work at 1, 2 and 8 in flight with their ratio to
/// the same work's bare rate on every core (the best cell, warmed up, measured before and after the engine cases, both
/// printed); the figures are the machine's, never asserted.
/// </summary>
public sealed class LocalDispatchBenchProcessTests
{
    [Fact]
    public async Task The_engine_bench_prints_local_dispatch_at_one_two_and_eight_in_flight_against_the_bare_rate()
    {
        var result = await CmkSimProcess.RunAsync("bench", "engine", "--events", "2000", "--in-flight", "16");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        var header = Assert.Single(lines, l => l.StartsWith("local case ", StringComparison.Ordinal));
        Assert.Contains("of bare", header);
        Assert.Single(lines, l => l.StartsWith("(e) bare work, every core, best", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("    bare, best before the engine cases", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("    bare, best after the engine cases", StringComparison.Ordinal));
        var rows = lines.Where(l => l.StartsWith("(f) local engine events", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        var inFlight = rows.Select(r => r["(f) local engine events".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["1", "2", "8"], inFlight.Select(cells => cells[0]));
        Assert.All(inFlight, cells => Assert.True(double.TryParse(cells[^1], System.Globalization.CultureInfo.InvariantCulture, out _), string.Join(' ', cells)));
    }
}
