using CmkSim.Domain.Environments;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;

namespace CmkSim.Domain.Journal;

/// <summary>Records were written (encrypted under the environment's data key).</summary>
public sealed record RecordsWritten(string Environment, int Count) : JournalEvent
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"{Count} records written";
}

/// <summary>
/// Every record of the environment was read: how many decrypted, and why the rest did not (with the rule). A read with
/// unreadable records failed; locking is cryptographic, so this is where a lock shows in the data.
/// </summary>
public sealed record RecordsRead(string Environment, int Readable, int Unreadable, string? Failure, string? Rule) : JournalEvent(Rule)
{
    public override string Target => $"environment/{Environment}";

    public override EventOutcome Outcome => Unreadable > 0 || Failure is not null ? EventOutcome.Failed : EventOutcome.Succeeded;

    public override string Describe() => $"{Readable} readable, {Unreadable} unreadable{(Failure is null ? "" : $": {Failure}")}";
}

/// <summary>EN-10: flows were created; they run on the key the environment is on.</summary>
public sealed record FlowsCreated(string Environment, int Count, bool OnCustomerKey) : JournalEvent(RuleId.EN10)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"{Count} flows on the {(OnCustomerKey ? "customer" : "Microsoft-managed")} key";
}

/// <summary>Which key version wraps one storage resource's data key.</summary>
public sealed record ResourceKey(StorageResource Resource, KeyVersionId WrappedBy);

/// <summary>
/// A backup was taken. It keeps each resource's data key as wrapped then, so restoring it needs those key versions
/// (EN-08: a previous version disabled or deleted makes it unrestorable until the version is enabled again).
/// </summary>
public sealed record BackupTaken(string Environment, string Backup, IReadOnlyList<ResourceKey> Keys) : JournalEvent
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() =>
        $"backup '{Backup}' keeps the data keys as wrapped: {string.Join(", ", Keys.Select(k => $"{k.Resource} by {k.WrappedBy.Uri}"))}";
}

/// <summary>DB-01: a backup was restored into this environment (its own, or one on the same customer key).</summary>
public sealed record BackupRestored(string Environment, string SourceEnvironment, string Backup, int Records, KeyVersionId WrappedBy) : JournalEvent(RuleId.DB01)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"{Records} records from '{SourceEnvironment}' ({Backup}), re-wrapped under {WrappedBy.Version}";
}

/// <summary>DB-02: another environment on the same customer key was copied over this one.</summary>
public sealed record EnvironmentCopied(string Environment, string SourceEnvironment, int Records, KeyVersionId WrappedBy) : JournalEvent(RuleId.DB02)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"{Records} records from '{SourceEnvironment}', re-wrapped under {WrappedBy.Version}";
}

/// <summary>DB-04: the environment was reset: its data and backups are deleted and it is back on the Microsoft-managed key.</summary>
public sealed record EnvironmentReset(string Environment, int BackupsDeleted) : JournalEvent(RuleId.DB04)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"data and {BackupsDeleted} backup(s) deleted; back on the Microsoft-managed key";
}
