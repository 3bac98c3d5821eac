using CmkSim.Contracts.Policies;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Policies;

namespace CmkSim.Grains.Policies;

[GenerateSerializer]
public sealed class EnterprisePolicyState
{
    [Id(0)] public EnterprisePolicyDefinition? Definition { get; set; }

    [Id(1)] public SortedSet<string> Environments { get; set; } = new(StringComparer.Ordinal);

    [Id(2)] public SortedSet<string> Readers { get; set; } = new(StringComparer.Ordinal);

    // Id 3 held the audit trail as strings, before the typed journal.
    [Id(4)] public PolicyLifecycle Lifecycle { get; set; }

    [Id(5)] public List<JournalEvent> Journal { get; set; } = [];
}
