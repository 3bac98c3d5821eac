using CmkSim.Contracts.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Data;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Keys;

namespace CmkSim.Grains.Environments;

/// <summary>Everything an environment persists, its encrypted stores included; its lifecycle model works over it.</summary>
[GenerateSerializer]
public sealed class EnvironmentState : IEnvironmentLifecycleState
{
    [Id(0)] public EnvironmentSpec? Spec { get; set; }
    /// <summary>
    /// The lifecycle as its number: on the wire a varint, as the enum it was when the grains declared it, and not a
    /// domain value through the JSON codec (the domain's enum carries no Orleans attribute).
    /// </summary>
    [Id(1)] public int LifecycleNumber { get; set; }

    public EnvironmentLifecycle Lifecycle
    {
        get => (EnvironmentLifecycle)LifecycleNumber;
        set => LifecycleNumber = (int)value;
    }

    [Id(2)] public bool Managed { get; set; }
    [Id(3)] public EncryptionOwner Owner { get; set; }
    [Id(4)] public string? Policy { get; set; }
    /// <summary>Who unwraps the Dataverse data key: the policy's identity, or the platform.</summary>
    [Id(5)] public string Principal { get; set; } = "";
    [Id(6)] public bool LastEncryptionFailed { get; set; }
    [Id(7)] public int Ticket { get; set; }
    [Id(8)] public List<HistoryEntry> History { get; set; } = [];
    /// <summary>The Dataverse database (<see cref="StorageResource.Database"/>): the records, under their own data key.</summary>
    [Id(9)] public EncryptedRecordStoreState Dataverse { get; set; } = new();
    /// <summary>Power Automate flows that existed before CMK: they stay on the Microsoft-managed key (EN-10).</summary>
    [Id(10)] public EncryptedRecordStoreState Flows { get; set; } = new();
    /// <summary>Connection settings and canvas app assets: always on the Microsoft-managed key (EN-10).</summary>
    [Id(11)] public EncryptedRecordStoreState Assets { get; set; } = new();
    [Id(12)] public Dictionary<string, BackupRecord> Backups { get; set; } = new(StringComparer.Ordinal);
    [Id(13)] public bool DataLost { get; set; }
    [Id(14)] public DateTimeOffset? LockedAt { get; set; }
    // Ids 15 and 16 held the previous key version and the roll-out time: whether a version is still needed is now
    // read from the data keys themselves (each resource's wrap), not from a clock.
    [Id(17)] public string? PendingPolicy { get; set; }
    [Id(18)] public bool FailNextEncryption { get; set; }
    // Id 19 held the audit trail as strings, before the typed journal.
    [Id(20)] public string? LockRule { get; set; }
    /// <summary>The BYOK key this environment left behind, kept for 28 days for restores (BY-01).</summary>
    [Id(21)] public KeyVersionId? RetiredByokKey { get; set; }
    [Id(22)] public int RecordCounter { get; set; }
    /// <summary>File and image columns and attachments, under their own data key (EN-07).</summary>
    [Id(23)] public EncryptedRecordStoreState FileStorage { get; set; } = new();
    /// <summary>The Dataverse search index, under its own data key (EN-07).</summary>
    [Id(24)] public EncryptedRecordStoreState SearchIndex { get; set; } = new();

    [Id(25)] public List<JournalEvent> Journal { get; set; } = [];

    /// <summary>The lock's journal event while locked: the cause its LK-02 deletion names.</summary>
    [Id(26)] public EventId? LockEvent { get; set; }

    /// <summary>The rule it was deleted under once Deleted: EN-02 when an admin deleted it, null for LK-02's deletion.</summary>
    [Id(27)] public string? DeletedUnder { get; set; }
}
