using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// Timeline samples and expectation checks fetch an environment's view only when it wrote its state since the last
/// fetch: a run's view calls grow with what changed, not with environments × samples.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EnvironmentViewsTests
{
    [Fact]
    public async Task A_load_run_fetches_far_fewer_views_than_environments_times_samples()
    {
        var workload = new LoadWorkload(200, Policies: 4, Vaults: 2, Days: LoadWorkload.MinDays, Seed: 5);
        var folder = Directory.CreateTempSubdirectory("cmksim-views-").FullName;
        var file = Path.Combine(folder, workload.Name + ".yaml");
        await File.WriteAllTextAsync(file, workload.ToYaml());

        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(file));

        Assert.True(result.Passed);
        var perSample = (long)result.Inventory.Count * result.Timeline.Count;
        Assert.True(result.Timeline.Count > 200, $"{result.Timeline.Count} samples");
        // Each environment changes a handful of times (creation, encryption, roll-out, records, revert or lock).
        Assert.True(result.ViewFetches < perSample / 10, $"{result.ViewFetches} view fetches for {perSample} environment-samples");
        Assert.True(result.LocalWindows.Windows > 0 && result.LocalWindows.Events > result.LocalWindows.Windows,
            $"local windows {result.LocalWindows}: local events ran side by side");
        Directory.Delete(folder, recursive: true);
    }
}
