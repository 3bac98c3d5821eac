using System.Diagnostics;
using CmkSim.Cli.Terminal;
using CmkSim.Crypto.Hsm;
using CmkSim.Reports.Model;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Runs;

/// <summary>
/// Runs scenarios one after another, each on its own engine and silo; writes each one's signed report folder and a
/// signed index into the run's staging folder, and moves them into place under --out only when all are complete.
/// A failure or cancellation leaves --out as it was (the staging folder is removed). Wall time is measured here and
/// reported apart from the simulated results, which must not depend on it.
/// </summary>
internal sealed class ScenarioBatch(HsmOptions hsm, RunPlan plan, int scale, TextWriter output)
{
    public async Task<IReadOnlyList<ScenarioRunResult>> RunAsync(IReadOnlyList<Scenario> scenarios, long? seed, CancellationToken cancellation)
    {
        var runner = new ScenarioRunner(hsm);
        using var softHsm = SoftHsm.Open(hsm);
        var signer = ReportSigner.Open(softHsm);
        using var staging = RunStaging.Begin(plan);
        var results = new List<ScenarioRunResult>();
        var entries = new List<IndexEntry>();
        foreach (var (scenario, folderName) in scenarios.Zip(plan.Folders))
        {
            var watch = Stopwatch.StartNew();
            var result = await runner.RunAsync(scenario, seed, cancellation, Progress(scenario));
            ClearProgress();
            cancellation.ThrowIfCancellationRequested();
            result = result with { WallSeconds = watch.Elapsed.TotalSeconds };
            var report = RunReportMapper.Map(result, scale, signer.PublicKey.Fingerprint());
            var folder = staging.ScenarioFolder(folderName);
            ManifestWriter.Write(folder, ReportWriter.Write(report, folder), signer);
            entries.Add(new IndexEntry(report, IndexWriter.LinkTo(folderName, ReportFiles.Html)));
            results.Add(result);
            Print(result, Path.Combine(plan.Root, folderName));
        }

        var indexFiles = IndexWriter.Write(staging.Folder, entries);
        ManifestWriter.Write(staging.Folder, indexFiles.Concat(plan.Folders.Select(f => $"{f}/{ReportFiles.Manifest}")), signer,
            Manifest.IndexFormat, ReportFiles.IndexManifest);
        cancellation.ThrowIfCancellationRequested();
        staging.Commit([.. indexFiles, ReportFiles.IndexManifest]);
        output.WriteLine($"reports     {TerminalText.Safe(Path.Combine(plan.Root, ReportFiles.IndexHtml))} (signed by {signer.PublicKey.Fingerprint()[..16]}…)");
        return results;
    }

    /// <summary>A one-line progress display on a terminal; nothing when output is redirected (CI, files, pipes).</summary>
    private static IProgress<TimeSpan>? Progress(Scenario scenario) => Console.IsErrorRedirected || Console.IsOutputRedirected
        ? null
        : new SynchronousProgress(reached => SafeConsoleWriter.RawError.Write(
            $"\r  {TerminalText.Safe(scenario.Name)}: day {reached.TotalDays,5:F1} of {scenario.End.TotalDays:F1}, {scenario.Tenant.Environments.Count} environments "));

    private static void ClearProgress()
    {
        if (!Console.IsErrorRedirected && !Console.IsOutputRedirected)
        {
            SafeConsoleWriter.RawError.Write("\r" + new string(' ', 100) + "\r");
        }
    }

    private void Print(ScenarioRunResult r, string folder)
    {
        var passed = r.Expectations.Count(e => e.Passed);
        output.WriteLine($"{(r.Passed ? "PASS" : "FAIL")}  {TerminalText.Safe(r.Scenario.Name),-46} {passed,3}/{r.Expectations.Count,-3} expectations {r.Findings.Count,4} findings " +
                         $"{r.Inventory.Count,5} environments {CmkSim.Engine.Time.SimDuration.Format(r.End - r.Start),9} simulated {r.WallSeconds,6:F1} s");
        if (!r.Passed)
        {
            // A failed run is easier to read with the platform's refusals beside it.
            foreach (var (step, i) in r.Steps.Select((s, i) => (s, i)).Where(x => !x.s.Accepted))
            {
                output.WriteLine($"      step {i + 1} ({r.Scenario.Steps[i].Action}) refused{(step.RuleId is null ? "" : $" [{TerminalText.Safe(step.RuleId)}]")}: {TerminalText.Safe(step.Message)}");
            }
        }

        foreach (var failed in r.Expectations.Where(e => !e.Passed))
        {
            output.WriteLine($"      expectation {failed.Index} ({TerminalText.Safe(Path.GetFileName(r.Scenario.SourcePath))}:{failed.SourceLine}) failed: {TerminalText.Safe(failed.Text)}");
            output.WriteLine($"        {TerminalText.Safe(failed.Detail)}");
        }

        if (!r.Passed)
        {
            output.WriteLine($"      report: {TerminalText.Safe(Path.Combine(folder, ReportFiles.Html))}");
        }
    }
}
