using CmkSim.Domain.Journal;
using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Tenants;

namespace CmkSim.Grains.Tenants;

[GenerateSerializer]
public sealed class TenantState
{
    [Id(0)] public Dictionary<string, TenantUser> Users { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public SortedSet<string> RegisteredSubscriptions { get; set; } = new(StringComparer.Ordinal);

    // Id 2 held the audit trail as strings, before the typed journal.
    [Id(3)] public List<JournalEvent> Journal { get; set; } = [];
}
