using CmkSim.Contracts.Environments;
using CmkSim.Domain.Environments;

namespace CmkSim.Grains.Environments;

/// <summary>A backup as its environment keeps it: the encrypted snapshot, and whether it still exists.</summary>
[GenerateSerializer]
public sealed class BackupRecord
{
    [Id(0)] public DataSnapshot? Snapshot { get; set; }

    [Id(1)] public BackupState State { get; set; }

    [Id(2)] public string? DeletedBecause { get; set; }

    /// <summary>The rule under which it was deleted: DB-04 for a reset, LK-02 for a locked environment's deletion, EN-02 when an admin deleted it.</summary>
    [Id(3)] public string? DeletedUnder { get; set; }

    /// <summary>When it was taken: kept after its deletion (the snapshot goes), so a point-in-time restore still finds it.</summary>
    [Id(4)] public DateTimeOffset TakenAt { get; set; }
}
