using CmkSim.Contracts.Policies;
using CmkSim.Domain.Audit;
using CmkSim.Domain.Policies;

namespace CmkSim.Grains.Policies;

[GenerateSerializer]
public sealed class EnterprisePolicyState
{
    [Id(0)] public EnterprisePolicyDefinition? Definition { get; set; }

    [Id(1)] public SortedSet<string> Environments { get; set; } = new(StringComparer.Ordinal);

    [Id(2)] public SortedSet<string> Readers { get; set; } = new(StringComparer.Ordinal);

    [Id(3)] public List<AuditEntry> Audit { get; set; } = [];

    [Id(4)] public PolicyLifecycle Lifecycle { get; set; }
}
