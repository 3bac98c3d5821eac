using CmkSim.Scenarios;
using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>The placement hint read from a scenario: each environment's first policy's vault, and nothing it can't know.</summary>
public sealed class EnvironmentVaultsTests() : TempFolderTests("cmksim-env-vaults-test-")
{
    [Fact]
    public void Each_environment_is_paired_with_the_vault_of_the_first_policy_it_is_added_to()
    {
        var scenario = ScenarioLoader.Parse(new LoadWorkload(12, 3, 2, 30, Seed: 7).ToYaml(), Path.Combine(Folder, "load.yaml"));

        var vaults = EnvironmentVaults.Of(scenario);

        Assert.Equal(12, vaults.Count);
        Assert.All(scenario.Tenant.Environments, e => Assert.Equal(
            e.Name.StartsWith("p2-", StringComparison.Ordinal) ? "kv-2" : "kv-1", vaults[e.Name]));
    }

    [Fact]
    public void An_environment_no_step_adds_to_a_policy_on_a_named_vault_has_no_hint()
    {
        var scenario = ScenarioLoader.Parse("""
            name: hints
            tenant:
              users: [ { name: admin, roles: [PowerPlatformAdministrator], licenses: [Microsoft365E5] } ]
              environments: [ { name: alone, region: europe, type: Production, managed: true } ]
            steps:
              - { at: 0, as: admin, do: writeRecords, environments: alone, count: 1 }
            """, Path.Combine(Folder, "hints.yaml"));

        Assert.Empty(EnvironmentVaults.Of(scenario));
    }
}
