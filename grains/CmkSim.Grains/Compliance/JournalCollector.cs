using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Grains.Tenants;

namespace CmkSim.Grains.Compliance;

/// <summary>
/// Gathers the journals that each grain keeps into the run's one journal (see <see cref="JournalOrder"/>): by
/// simulated time, causes before their effects, then by layer (tenant, key vaults, enterprise policies, environments;
/// each layer's grains by name), then by each grain's own order.
/// </summary>
public static class JournalCollector
{
    public static async Task<IReadOnlyList<JournalEvent>> CollectAsync(IGrainFactory grains,
        IEnumerable<string> vaults, IEnumerable<string> policies, IEnumerable<string> environments)
    {
        var journals = new List<IReadOnlyList<JournalEvent>> { await grains.GetGrain<ITenantGrain>(TenantKey.Default).GetJournalAsync() };
        foreach (var vault in vaults.Order(StringComparer.Ordinal))
        {
            journals.Add(await grains.GetGrain<IKeyVaultGrain>(vault).GetJournalAsync());
        }

        foreach (var policy in policies.Order(StringComparer.Ordinal))
        {
            journals.Add(await grains.GetGrain<IEnterprisePolicyGrain>(policy).GetJournalAsync());
        }

        foreach (var environment in environments.Order(StringComparer.Ordinal))
        {
            journals.Add(await grains.GetGrain<IEnvironmentGrain>(environment).GetJournalAsync());
        }

        return JournalOrder.Merge(journals);
    }
}
