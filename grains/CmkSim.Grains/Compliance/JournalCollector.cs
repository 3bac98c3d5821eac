using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Concurrency;
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
    /// <param name="inFlight">
    /// How many environments' journals are asked for at once: each is one grain's read, so the order they answer in
    /// changes nothing (they are merged in name order); one at a time by default.
    /// </param>
    public static async Task<IReadOnlyList<JournalEvent>> CollectAsync(IGrainFactory grains,
        IEnumerable<string> vaults, IEnumerable<string> policies, IEnumerable<string> environments, int inFlight = 1)
    {
        var journals = new List<IReadOnlyList<JournalEvent>> { await grains.Reference<ITenantGrain>(TenantKey.Default).GetJournalAsync() };
        foreach (var vault in vaults.Order(StringComparer.Ordinal))
        {
            journals.Add(await grains.Reference<IKeyVaultGrain>(vault).GetJournalAsync());
        }

        foreach (var policy in policies.Order(StringComparer.Ordinal))
        {
            journals.Add(await grains.Reference<IEnterprisePolicyGrain>(policy).GetJournalAsync());
        }

        var names = environments.Order(StringComparer.Ordinal).ToList();
        var answers = await InFlightInOrder.RunAsync(names, inFlight, name => grains.Reference<IEnvironmentGrain>(name).GetJournalAsync());
        journals.AddRange(answers);
        return JournalOrder.Merge(journals);
    }
}
