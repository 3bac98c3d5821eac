using CmkSim.Domain.Audit;
using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Tenants;

namespace CmkSim.Grains.Tenants;

[GenerateSerializer]
public sealed class TenantState
{
    [Id(0)] public Dictionary<string, TenantUser> Users { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public SortedSet<string> RegisteredSubscriptions { get; set; } = new(StringComparer.Ordinal);

    [Id(2)] public List<CmkSim.Domain.Audit.AuditEntry> Audit { get; set; } = [];
}
