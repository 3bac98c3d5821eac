using System.Diagnostics;
using Xunit.Abstractions;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Issue 8's fuzz test, run half: a sample of mutants through the real <c>cmksim run</c> in a sandbox full of a
/// user's files. Each must exit 0, 1 or 2 within the bound, change nothing outside its --out (nor the user's files
/// inside it) and leave no SoftHSM2 token folder in its TMPDIR.
/// </summary>
public sealed class RunFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sampled_mutants_run_exit_0_1_or_2_and_touch_nothing_outside_out()
    {
        var settings = FuzzSettings.FromEnvironment();
        var report = new FuzzReport(settings, "run") { ListAll = true };
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("cmksim-fuzz-sample-").FullName;
        try
        {
            var sample = RunSample.Select(settings, work).ToList();
            report.Note($"sample chosen in {clock.Elapsed.TotalSeconds:0.0} s");
            await Parallel.ForEachAsync(sample, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                async (mutant, _) => report.Add(await RunOracle.CheckAsync(mutant)));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        var summary = report.Summary(clock.Elapsed, report.WriteFailures());
        output.WriteLine(summary);
        Assert.True(report.Failures.Count == 0, summary);
    }
}
