using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// On silos without the run's engine, each environment write rides the delivery of the call that made it back to the
/// driver, or the driver marks it itself when the environment is the callee of its own call (<c>CalleeWrites</c>): the
/// driver fetches views of environments that changed only, as the embedded silo's storage tells it there.
/// </summary>
public sealed class RemoteViewFetchTests
{
    [Fact]
    public async Task A_load_driven_on_three_remote_silos_fetches_only_the_views_that_changed()
    {
        var workload = new LoadWorkload(120, Policies: 4, Vaults: 2, Days: LoadWorkload.MinDays, Seed: 5);
        var folder = Directory.CreateTempSubdirectory("cmksim-remote-views-").FullName;
        var scenario = ScenarioLoader.Parse(workload.ToYaml(), Path.Combine(folder, workload.Name + ".yaml"));

        var embedded = await new ScenarioRunner(new HsmOptions()).RunAsync(scenario);
        var remote = await new ScenarioRunner(new HsmOptions(), RemoteThreeSiloHost.Factory).RunAsync(scenario);

        Assert.True(remote.Passed);
        var perSample = (long)remote.Inventory.Count * remote.Timeline.Count;
        Assert.True(remote.ViewFetches < perSample / 10, $"{remote.ViewFetches} view fetches for {perSample} environment-samples");
        // Every write is known, with the call's answer or by the driver's own mark: never fewer fetches than embedded;
        // more only by callees the driver marked whose call changed nothing (a check that found nothing new).
        Assert.InRange(remote.ViewFetches, embedded.ViewFetches, embedded.ViewFetches + embedded.ViewFetches / 20);
        Directory.Delete(folder, recursive: true);
    }
}
