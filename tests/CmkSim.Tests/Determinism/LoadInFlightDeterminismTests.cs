using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Determinism;

/// <summary>
/// A 2,000-environment load run gives byte-identical results.json, audit.jsonl and junit.xml with one or eight local
/// events in flight. A class of its own, so it runs beside the library's comparison, not after it.
/// </summary>
public sealed class LoadInFlightDeterminismTests
{
    [Fact]
    public async Task A_2000_environment_load_run_gives_identical_outputs_with_one_or_eight_in_flight()
    {
        var workload = new LoadWorkload(2_000, Policies: 10, Vaults: 2, Days: LoadWorkload.MinDays, Seed: 3);
        var folder = Directory.CreateTempSubdirectory("cmksim-inflight-load-").FullName;
        var file = Path.Combine(folder, workload.Name + ".yaml");
        await File.WriteAllTextAsync(file, workload.ToYaml());
        var scenario = ScenarioLoader.Load(file);

        var one = await new ScenarioRunner(new HsmOptions()) { InFlight = 1 }.RunAsync(scenario);
        var eight = await new ScenarioRunner(new HsmOptions()) { InFlight = 8 }.RunAsync(scenario);

        Assert.True(one.Passed, "the load run's expectations hold");
        var differences = InFlightDeterminismTests.Differences(
            workload.Name, await InFlightDeterminismTests.WriteAsync(one), await InFlightDeterminismTests.WriteAsync(eight)).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Directory.Delete(folder, recursive: true);
    }
}
