using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Hosting;
using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Simulation;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Determinism;

/// <summary>
/// A 2,000-environment load run gives byte-identical results.json, audit.jsonl and junit.xml on one silo with one local
/// event in flight and on three silos with 128 (the cluster default), the engine in their client: both of issue 12's
/// dimensions, parallelism and silo count, in one comparison. A class of its own, so it runs beside the library's.
/// </summary>
public sealed class LoadInFlightDeterminismTests
{
    [Fact]
    public async Task A_2000_environment_load_run_gives_identical_outputs_on_one_silo_at_one_in_flight_and_three_at_128()
    {
        var workload = new LoadWorkload(2_000, Policies: 10, Vaults: 2, Days: LoadWorkload.MinDays, Seed: 3);
        var folder = Directory.CreateTempSubdirectory("cmksim-inflight-load-").FullName;
        var scenario = ScenarioLoader.Parse(workload.ToYaml(), Path.Combine(folder, workload.Name + ".yaml"));

        var one = await new ScenarioRunner(new HsmOptions()) { InFlight = 1 }.RunAsync(scenario);
        ClusterGrainHost? host = null;
        var three = await new ScenarioRunner(new HsmOptions(), RemoteThreeSiloHost.Recording(h => host = h)) { InFlight = ScenarioRunner.DefaultClusterInFlight }.RunAsync(scenario);

        Assert.True(one.Passed, "the load run's expectations hold");
        Assert.True(host!.WorkReceived > 0, "no scheduled work reached the driver");
        var (a, b) = (ComparedReports.Write(one, "cmksim-inflight-"), ComparedReports.Write(three, "cmksim-inflight-"));
        var differences = ComparedReports.Differing(a, b, ["results.json", "audit.jsonl", "junit.xml"])
            .Select(f => $"{workload.Name}: {f} differs between one silo at 1 in flight and three at {ScenarioRunner.DefaultClusterInFlight} ({a} vs {b})").ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Directory.Delete(folder, recursive: true);
    }
}
