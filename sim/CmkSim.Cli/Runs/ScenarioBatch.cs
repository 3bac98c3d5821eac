using System.Diagnostics;
using CmkSim.Crypto.Hsm;
using CmkSim.Reports.Model;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Runs;

/// <summary>
/// Runs scenarios one after another, each on its own engine and silo; writes each one's signed report folder and an
/// index. Wall time is measured here and reported apart from the simulated results, which must not depend on it.
/// </summary>
internal sealed class ScenarioBatch(HsmOptions hsm, string outputFolder, int scale, TextWriter output)
{
    public async Task<IReadOnlyList<ScenarioRunResult>> RunAsync(IReadOnlyList<Scenario> scenarios, long? seed, CancellationToken cancellation)
    {
        var runner = new ScenarioRunner(hsm);
        using var softHsm = SoftHsm.Open(hsm);
        var signer = ReportSigner.Open(softHsm);
        var results = new List<ScenarioRunResult>();
        var entries = new List<IndexEntry>();
        foreach (var scenario in scenarios)
        {
            var watch = Stopwatch.StartNew();
            var result = await runner.RunAsync(scenario, seed, cancellation, Progress(scenario));
            ClearProgress();
            result = result with { WallSeconds = watch.Elapsed.TotalSeconds };
            var report = RunReportMapper.Map(result, scale, signer.PublicKey.Fingerprint());
            var folder = Path.Combine(outputFolder, scenario.Name);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            ManifestWriter.Write(folder, ReportWriter.Write(report, folder), signer);
            entries.Add(new IndexEntry(report, $"{scenario.Name}/report.html"));
            results.Add(result);
            Print(result, folder);
        }

        IndexWriter.Write(outputFolder, entries);
        output.WriteLine($"reports     {Path.GetFullPath(Path.Combine(outputFolder, "index.html"))} (signed by {signer.PublicKey.Fingerprint()[..16]}…)");
        return results;
    }

    /// <summary>A one-line progress display on a terminal; nothing when output is redirected (CI, files, pipes).</summary>
    private static IProgress<TimeSpan>? Progress(Scenario scenario) => Console.IsErrorRedirected || Console.IsOutputRedirected
        ? null
        : new SynchronousProgress(reached => Console.Error.Write(
            $"\r  {scenario.Name}: day {reached.TotalDays,5:F1} of {scenario.End.TotalDays:F1}, {scenario.Tenant.Environments.Count} environments "));

    private static void ClearProgress()
    {
        if (!Console.IsErrorRedirected && !Console.IsOutputRedirected)
        {
            Console.Error.Write("\r" + new string(' ', 100) + "\r");
        }
    }

    private void Print(ScenarioRunResult r, string folder)
    {
        var passed = r.Expectations.Count(e => e.Passed);
        output.WriteLine($"{(r.Passed ? "PASS" : "FAIL")}  {r.Scenario.Name,-46} {passed,3}/{r.Expectations.Count,-3} expectations {r.Findings.Count,4} findings " +
                         $"{r.Inventory.Count,5} environments {CmkSim.Engine.Time.SimDuration.Format(r.End - r.Start),9} simulated {r.WallSeconds,6:F1} s");
        if (!r.Passed)
        {
            // A failed run is easier to read with the platform's refusals beside it.
            foreach (var (step, i) in r.Steps.Select((s, i) => (s, i)).Where(x => !x.s.Accepted))
            {
                output.WriteLine($"      step {i + 1} ({r.Scenario.Steps[i].Action}) refused{(step.RuleId is null ? "" : $" [{step.RuleId}]")}: {step.Message}");
            }
        }

        foreach (var failed in r.Expectations.Where(e => !e.Passed))
        {
            output.WriteLine($"      expectation {failed.Index} ({Path.GetFileName(r.Scenario.SourcePath)}:{failed.SourceLine}) failed: {failed.Text}");
            output.WriteLine($"        {failed.Detail}");
        }

        if (!r.Passed)
        {
            output.WriteLine($"      report: {Path.Combine(folder, "report.html")}");
        }
    }
}
