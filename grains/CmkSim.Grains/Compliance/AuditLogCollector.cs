using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Audit;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Tenants;

namespace CmkSim.Grains.Compliance;

/// <summary>
/// Gathers the audit trails that each grain keeps into one log, ordered by simulated time, then by layer (tenant,
/// key vaults, enterprise policies, environments; each layer's grains by name), then by each grain's own order: the
/// same run always gives the same log, whichever silo hosted which grain.
/// </summary>
/// <remarks>
/// The layers follow causality at one instant. Effects on environments (a lock, a failed roll-out) come from the
/// key vault side, through the engine's queue at the same simulated time: a vault's removeRole, disableKeyVersion or
/// access-policy entry is its cause and must read first. A tie broken by target instead put "environment/..." before
/// "kv-..." and the narrative backwards. Within one grain, its own order is kept (its entries are journaled as they
/// happen, a vault's own entry before the notices it sends).
/// </remarks>
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
            .SelectMany((trail, layer) => trail.Select((entry, index) => (entry, layer, index)))
            .OrderBy(x => x.entry.Time)
            .ThenBy(x => x.layer)
            .ThenBy(x => x.index)
            .Select(x => x.entry)
            .ToList();
    }
}
