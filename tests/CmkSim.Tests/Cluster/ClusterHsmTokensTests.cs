using CmkSim.Scenarios;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Tests.Cluster;

/// <summary>The HSM tokens a clustered run creates before its silos take grains: one per vault the scenario creates.</summary>
public sealed class ClusterHsmTokensTests
{
    [Fact]
    public void A_scenarios_tokens_are_its_vaults_and_managed_HSMs_and_the_platform_vaults()
    {
        var root = Support.RepoPaths.Root;
        var scenario = ScenarioLoader.Load(Path.Combine(root, "scenarios", "11-managed-hsm.yaml"));
        var created = scenario.Steps.Select(s => s.Do).OfType<CmkSim.Scenarios.Actions.CreateManagedHsm>().Select(m => $"kv-{m.VaultName}").ToList();
        Assert.NotEmpty(created);

        var tokens = ClusterHsmTokens.For(scenario);

        Assert.Subset(tokens.ToHashSet(), created.ToHashSet());
        Assert.Contains("kv-microsoft-managed", tokens);
        Assert.Contains("kv-byok-imported", tokens);
        Assert.Equal(tokens.Distinct().Count(), tokens.Count);
    }
}
