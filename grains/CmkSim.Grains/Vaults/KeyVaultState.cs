using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>Everything a vault persists; the grain holds it in <c>IPersistentState</c>.</summary>
[GenerateSerializer]
public sealed class KeyVaultState
{
    [Id(0)] public KeyVaultSettings? Settings { get; set; }

    [Id(1)] public Dictionary<string, KeyRecord> Keys { get; set; } = new(StringComparer.Ordinal);

    [Id(2)] public List<RoleAssignment> Roles { get; set; } = [];

    [Id(3)] public Dictionary<string, KeyPermissions> AccessPolicies { get; set; } = new(StringComparer.Ordinal);

    // Id 4 held the audit trail as strings, before the typed journal.

    /// <summary>Enterprise policies that use this vault: told when access changes or a key rotates.</summary>
    [Id(5)] public SortedSet<string> Subscribers { get; set; } = new(StringComparer.Ordinal);

    [Id(6)] public DeletionState Lifecycle { get; set; }

    [Id(7)] public DateTimeOffset? DeletedOn { get; set; }

    [Id(8)] public int Ticket { get; set; }

    [Id(9)] public List<JournalEvent> Journal { get; set; } = [];

    public bool Deleted => Lifecycle != DeletionState.Active;
}
