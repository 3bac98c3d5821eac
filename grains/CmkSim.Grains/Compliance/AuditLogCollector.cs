using CmkSim.Contracts.Audit;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Grains.Tenants;

namespace CmkSim.Grains.Compliance;

/// <summary>
/// Gathers the audit trails that each grain keeps into one log, ordered by simulated time, then by target, then by
/// each grain's own order: the same run always gives the same log, whichever silo hosted which grain.
/// </summary>
public static class AuditLogCollector
{
    public static async Task<IReadOnlyList<AuditEntry>> CollectAsync(IGrainFactory grains,
        IEnumerable<string> vaults, IEnumerable<string> policies, IEnumerable<string> environments)
    {
        var trails = new List<IReadOnlyList<AuditEntry>> { await grains.GetGrain<ITenantGrain>(TenantKey.Default).GetAuditAsync() };
        foreach (var vault in vaults.Order(StringComparer.Ordinal))
        {
            trails.Add(await grains.GetGrain<IKeyVaultGrain>(vault).GetAuditAsync());
        }

        foreach (var policy in policies.Order(StringComparer.Ordinal))
        {
            trails.Add(await grains.GetGrain<IEnterprisePolicyGrain>(policy).GetAuditAsync());
        }

        foreach (var environment in environments.Order(StringComparer.Ordinal))
        {
            trails.Add(await grains.GetGrain<IEnvironmentGrain>(environment).GetAuditAsync());
        }

        return trails
            .SelectMany(trail => trail.Select((entry, index) => (entry, index)))
            .OrderBy(x => x.entry.Time)
            .ThenBy(x => x.entry.Target, StringComparer.Ordinal)
            .ThenBy(x => x.index)
            .Select(x => x.entry)
            .ToList();
    }
}
