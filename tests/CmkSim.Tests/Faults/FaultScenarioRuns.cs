using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Faults;

/// <summary>Scenarios 24 and 25, each run once for the tests of a class (a run is a few seconds of real HSM work).</summary>
public sealed class FaultScenarioRuns
{
    public static readonly string Path24 = Path.Combine(RepoPaths.Root, "scenarios", "24-hsm-faults.yaml");
    public static readonly string Path25 = Path.Combine(RepoPaths.Root, "scenarios", "25-vault-faults.yaml");

    private readonly Lazy<Task<ScenarioRunResult>> _hsm = new(() => Run(ScenarioLoader.Load(Path24)));
    private readonly Lazy<Task<ScenarioRunResult>> _vault = new(() => Run(ScenarioLoader.Load(Path25)));

    public Task<ScenarioRunResult> Hsm => _hsm.Value;

    public Task<ScenarioRunResult> Vault => _vault.Value;

    public static Task<ScenarioRunResult> Run(Scenario scenario) => new ScenarioRunner(new HsmOptions()).RunAsync(scenario);
}
