using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary><c>cmksim bench engine</c> runs end to end and prints its table; its timings are the machine's, never asserted.</summary>
public sealed class EngineBenchProcessTests
{
    [Fact]
    public async Task The_engine_bench_prints_its_table_with_the_ratios()
    {
        var result = await CmkSimProcess.RunAsync("bench", "engine", "--events", "2000", "--in-flight", "16");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        var header = Assert.Single(lines, l => l.StartsWith("case ", StringComparison.Ordinal));
        Assert.Contains("in flight", header);
        Assert.Contains("(b)/(d)", header);
        Assert.Contains("(b)/(a)", header);
        var engine = Assert.Single(lines, l => l.StartsWith("(b) engine events", StringComparison.Ordinal));
        // The row ends with the two ratios: numbers, whatever their values.
        var cells = engine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(double.TryParse(cells[^1], System.Globalization.CultureInfo.InvariantCulture, out _), engine);
        Assert.True(double.TryParse(cells[^2], System.Globalization.CultureInfo.InvariantCulture, out _), engine);
        Assert.Contains(lines, l => l.StartsWith("(a) grain calls", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("(c) engine events, no grain call", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("(d) grain calls", StringComparison.Ordinal));
    }
}
