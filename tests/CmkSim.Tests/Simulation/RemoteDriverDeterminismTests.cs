using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Hosting;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// The engine across processes: the same scenario and seed give byte-identical results, audit log and JUnit file on
/// the embedded silo and on three silos that hold no engine (scheduled work travels to the driver as records, time
/// and seed travel with each call). The scenarios cover key timers and roll-outs (04, 17), re-enable (02),
/// throttling (23) and injected faults (24); a 2,000-environment load run is compared the same way in
/// <see cref="Determinism.LoadInFlightDeterminismTests"/>.
/// </summary>
public sealed class RemoteDriverDeterminismTests
{
    private static readonly string[] Compared = ["results.json", "audit.jsonl", "junit.xml"];

    [Theory]
    [InlineData("02-malicious-admin-unlock.yaml")]
    [InlineData("04-rotation-disable-early.yaml")]
    [InlineData("17-rotation-disable-during-rollout.yaml")]
    [InlineData("23-throttled-mass-re-enable.yaml")]
    [InlineData("24-hsm-faults.yaml")]
    public async Task A_library_scenario_gives_the_same_outputs_embedded_and_driven_on_three_remote_silos(string name)
    {
        await AssertSameOutputs(ScenarioLoader.Load(ScenarioDeterminismTests.ScenarioPath(name)));
    }

    private static async Task AssertSameOutputs(Scenario scenario)
    {
        var embedded = await WriteAsync(await new ScenarioRunner(new HsmOptions()).RunAsync(scenario));
        ClusterGrainHost? host = null;
        var remote = await WriteAsync(await new ScenarioRunner(new HsmOptions(), RemoteThreeSiloHost.Recording(h => host = h)).RunAsync(scenario));

        // The silos held no engine: what the grains scheduled reached the driver's as records.
        Assert.True(host!.WorkReceived > 0, "no scheduled work reached the driver");
        var differing = ComparedReports.Differing(embedded, remote, Compared);
        Assert.True(differing.Count == 0,
            $"{string.Join(", ", differing)} of {Path.GetFileName(scenario.SourcePath)} differ between the embedded silo and three remote silos ({embedded} vs {remote})");
    }

    private static Task<string> WriteAsync(ScenarioRunResult result) => Task.FromResult(ComparedReports.Write(result, "cmksim-remote-"));
}
