using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;

namespace CmkSim.Simulation.Running;

/// <summary>
/// Which customer vault each environment's scenario links it to first, read from the steps (an <c>addEnvironments</c>
/// to a policy created on a named vault): where a cluster places the environment (NearVaultPlacement). A placement
/// hint only: a policy made from a template, or a scenario that moves environments later, costs calls across
/// processes, never a different result.
/// </summary>
public static class EnvironmentVaults
{
    public static IReadOnlyDictionary<string, string> Of(Scenario scenario)
    {
        var policyVaults = new Dictionary<string, string>(StringComparer.Ordinal);
        var vaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in scenario.Steps)
        {
            switch (step.Do)
            {
                case CreateEnterprisePolicy { PolicyName: { } policy, Vault: { } vault }:
                    policyVaults.TryAdd(policy, vault);
                    break;
                case AddEnvironments add when policyVaults.TryGetValue(add.Policy, out var vault):
                    foreach (var environment in add.Environments.Names)
                    {
                        vaults.TryAdd(environment, vault);
                    }

                    break;
            }
        }

        return vaults;
    }
}
