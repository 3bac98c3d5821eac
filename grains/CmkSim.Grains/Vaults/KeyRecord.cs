using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>A key and its versions, newest last.</summary>
[GenerateSerializer]
public sealed class KeyRecord
{
    [Id(0)] public string Name { get; set; } = "";

    [Id(1)] public KeyType Type { get; set; }

    [Id(2)] public int Size { get; set; }

    [Id(3)] public DeletionState State { get; set; }

    [Id(4)] public DateTimeOffset? DeletedOn { get; set; }

    [Id(5)] public List<KeyVersionRecord> Versions { get; set; } = [];

    [Id(6)] public KeyRotationPolicy? RotationPolicy { get; set; }

    /// <summary>Bumped whenever the key's timers are re-planned: a call-back with an older ticket is stale.</summary>
    [Id(7)] public int Ticket { get; set; }
}
