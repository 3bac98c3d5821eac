using System.Diagnostics;
using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Runs;

/// <summary>
/// Runs scenarios one after another, each on its own engine and silo, and measures each run's wall time (kept apart
/// from the simulated results, which must not depend on it).
/// </summary>
internal sealed class ScenarioBatch(HsmOptions hsm, TextWriter output)
{
    public async Task<IReadOnlyList<ScenarioRunResult>> RunAsync(IReadOnlyList<Scenario> scenarios, long? seed, CancellationToken cancellation)
    {
        var runner = new ScenarioRunner(hsm);
        var results = new List<ScenarioRunResult>();
        foreach (var scenario in scenarios)
        {
            var watch = Stopwatch.StartNew();
            var result = await runner.RunAsync(scenario, seed, cancellation);
            result = result with { WallSeconds = watch.Elapsed.TotalSeconds };
            results.Add(result);
            Print(result);
        }

        return results;
    }

    private void Print(ScenarioRunResult r)
    {
        var passed = r.Expectations.Count(e => e.Passed);
        output.WriteLine($"{(r.Passed ? "PASS" : "FAIL")}  {r.Scenario.Name,-36} {passed}/{r.Expectations.Count} expectations, " +
                         $"{r.Findings.Count} findings, {r.Inventory.Count} environments, {CmkSim.Engine.Time.SimDuration.Format(r.End - r.Start)} simulated, {r.WallSeconds:F1} s");
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
    }
}
