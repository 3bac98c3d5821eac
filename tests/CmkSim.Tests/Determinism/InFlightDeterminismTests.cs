using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Simulation;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Determinism;

/// <summary>
/// The same scenario and seed give byte-identical results.json, audit.jsonl and junit.xml whether the engine runs one
/// environment's local events at a time or eight: on the whole library (the 2,000-environment load run has a class of
/// its own, <see cref="LoadInFlightDeterminismTests"/>, so the two run side by side). Not in the two-silo collection,
/// whose classes run one after another: it uses no shared cluster (its three-silo run holds
/// <see cref="TestClusterRunSlot"/>), and at 3 minutes it would lengthen that chain by as much.
/// </summary>
public sealed class InFlightDeterminismTests
{
    private static readonly string[] Compared = ["results.json", "audit.jsonl", "junit.xml"];

    [Fact]
    public async Task The_library_gives_identical_outputs_with_one_or_eight_in_flight()
    {
        // The run at 8 is the library test's (the default), shared: the library runs once more here, not twice.
        Assert.Equal(8, ScenarioRunner.DefaultInFlight);
        var differences = new List<string>();
        var one = new ScenarioRunner(new HsmOptions()) { InFlight = 1 };
        foreach (var (file, eight) in await LibraryRuns.AtDefaultInFlightAsync())
        {
            var scenario = ScenarioLoader.Load(file);
            if (ScenarioRunner.OrderSensitive(scenario))
            {
                continue; // dispatched one at a time whatever InFlight says (23-25): the two runs would be the same run
            }

            differences.AddRange(Differences(Path.GetFileName(file), await WriteAsync(await one.RunAsync(scenario)), await WriteAsync(eight)));
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public async Task One_silo_one_in_flight_and_three_silos_eight_in_flight_give_identical_outputs()
    {
        // A rotation whose per-resource roll-out (local events) meets a disabled version: locks, refusals, re-wraps.
        var scenario = ScenarioLoader.Load(Path.Combine(RepoPaths.Root, "scenarios", "17-rotation-disable-during-rollout.yaml"));

        var embedded = await new ScenarioRunner(new HsmOptions()) { InFlight = 1 }.RunAsync(scenario);
        var cluster = await new ScenarioRunner(new HsmOptions(), ThreeSiloHost.Factory) { InFlight = 8 }.RunAsync(scenario);

        var differences = Differences(scenario.Name, await WriteAsync(embedded), await WriteAsync(cluster)).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public async Task Sequential_dispatch_for_order_sensitive_runs_gives_the_same_outputs_with_no_windows_across_time()
    {
        // Eight environments' encryptions and 24 roll-outs within a day: windowed, several share a window.
        var scenario = ScenarioLoader.Load(Path.Combine(RepoPaths.Root, "scenarios", "17-rotation-disable-during-rollout.yaml"));

        var sequential = await new ScenarioRunner(new HsmOptions()) { Sequential = true }.RunAsync(scenario);
        var windowed = await new ScenarioRunner(new HsmOptions()).RunAsync(scenario);

        Assert.True(windowed.LocalWindows.Events > sequential.LocalWindows.Events,
            $"windowed {windowed.LocalWindows}, sequential {sequential.LocalWindows}: only same-instant events share a window when sequential");
        var differences = Differences(scenario.Name, await WriteAsync(sequential), await WriteAsync(windowed)).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    internal static IEnumerable<string> Differences(string scenario, string a, string b) => ComparedReports.Differing(a, b, Compared)
        .Select(f => $"{scenario}: {f} differs between 1 and 8 in flight ({a} vs {b})");

    internal static Task<string> WriteAsync(ScenarioRunResult result) => Task.FromResult(ComparedReports.Write(result, "cmksim-inflight-"));
}
