using CmkSim.Domain.Vaults;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The HSM tokens a run's silos create before they take any grain. SoftHSM2 2.6.1 reads its token list once per process
/// (C_Initialize): a token another process creates later stays invisible to it, so a vault's HSM grain that moves (its
/// silo killed) to a silo started before the token existed would find no keys. Created first, by the first silo, and
/// seen by every silo started after it, the tokens let the HSM grain move freely: key objects created in a token by one
/// process are found by another that had the token open (tests/CmkSim.Tests/Cluster/HsmSharingTests).
/// </summary>
public static class ClusterHsmTokens
{
    /// <summary>The HSM grain of a vault is keyed <c>kv-{vault}</c> (KeyVaultGrain); platform vaults always exist.</summary>
    public static IReadOnlyList<string> ForVaults(IEnumerable<string> vaults) =>
        [.. vaults.Concat(PlatformVaultNames.All).Select(v => $"kv-{v}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> For(Scenario scenario) =>
        ForVaults(scenario.Steps.Select(s => s.Do switch
        {
            CreateKeyVault vault => vault.VaultName,
            CreateManagedHsm managedHsm => managedHsm.VaultName,
            _ => null,
        }).OfType<string>());
}
