using CmkSim.Contracts;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults.Throttling;
using CmkSim.Reports.Model;

namespace CmkSim.Simulation.Running;

/// <summary>A run's Key Vault service limits: told to the grains before the tenant exists, and their windows read back at the end.</summary>
public static class KeyVaultThrottling
{
    /// <summary>Nothing to tell when throttling is off: the grains' default is off, and no call is made.</summary>
    public static Task ConfigureAsync(IGrainFactory grains, ThrottlingSettings settings) => settings.Enabled
        ? grains.GetGrain<IThrottlingSettingsGrain>(IThrottlingSettingsGrain.Key).SetAsync(settings)
        : Task.CompletedTask;

    /// <summary>Every customer vault's windows, in vault-name order; null when throttling was off.</summary>
    public static async Task<ThrottlingReport?> CollectAsync(IGrainFactory grains, ThrottlingSettings settings, IEnumerable<string> vaults)
    {
        if (!settings.Enabled)
        {
            return null;
        }

        var rows = new List<VaultThrottling>();
        foreach (var vault in vaults.Distinct().Order(StringComparer.Ordinal))
        {
            rows.Add(new VaultThrottling(vault, await grains.Reference<IKeyVaultGrain>(vault).GetThrottlingAsync()));
        }

        return new ThrottlingReport(settings, rows);
    }
}
