using CmkSim.Contracts.Data;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Keys;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Rules;
using CmkSim.Crypto.Envelope;

namespace CmkSim.Grains.Environments;

/// <summary>Backups, restore, copy and reset (DB-01..DB-04, LK-02, EN-08): each checked, then done with real crypto.</summary>
public sealed partial class EnvironmentGrain
{
    public async Task<Decision> BackupAsync(string actor, string backup)
    {
        if (Snapshot(backup) is not { } snapshot)
        {
            return await Record(actor, "backup", Decision.Refuse(LockedRule ?? RuleId.LK02, "Environment disabled: no backup can be taken"));
        }

        State.Backups[backup] = new BackupRecord { Snapshot = snapshot };
        return await Record(actor, "backup", Decision.Accept($"backup '{backup}' keeps the data key wrapped by {snapshot.DataKey.WrappedBy.Version}"));
    }

    public Task<DataSnapshot?> ExportAsync(string? backup) => Task.FromResult(
        State.Lifecycle is EnvironmentLifecycle.Active or EnvironmentLifecycle.Encrypting or EnvironmentLifecycle.Reverting
            ? backup is null ? Snapshot(null) : AvailableBackup(backup)
            : null); // LK-02: nothing leaves a locked environment

    public async Task<Decision> RestoreAsync(string actor, string sourceEnvironment, string backup)
    {
        var snapshot = sourceEnvironment == Name
            ? AvailableBackup(backup)
            : await GrainFactory.GetGrain<IEnvironmentGrain>(sourceEnvironment).ExportAsync(backup);
        var refusal = await Admin(actor) ?? TargetRefusal()
            ?? (snapshot is null ? Decision.Refuse(RuleId.LK02, $"backup '{backup}' of '{sourceEnvironment}' is not available (missing, or its environment is locked)") : null)
            ?? (sourceEnvironment != Name && snapshot!.CustomerKey != CustomerKey
                ? Decision.Refuse(RuleId.DB01, $"a backup restores only into its own environment or one on the same customer key ({snapshot.CustomerKey ?? "Microsoft-managed"} vs {CustomerKey ?? "Microsoft-managed"})")
                : null);
        return await Record(actor, "restore", refusal ?? await Adopt(snapshot!, RuleId.DB01));
    }

    public async Task<Decision> CopyFromAsync(string actor, string sourceEnvironment)
    {
        var refusal = await Admin(actor) ?? TargetRefusal();
        if (refusal is null && State.Spec!.Type == EnvironmentType.SupportInvestigation && State.Owner != EncryptionOwner.CustomerManaged)
        {
            refusal = Decision.Refuse(RuleId.DB03, "a Support Investigation environment must be on the customer-managed key before it can be a copy target");
        }

        var snapshot = refusal is null ? await GrainFactory.GetGrain<IEnvironmentGrain>(sourceEnvironment).ExportAsync(null) : null;
        refusal ??= snapshot is null
            ? Decision.Refuse(RuleId.LK02, $"'{sourceEnvironment}' is locked or deleted: its data can't be copied")
            : snapshot.CustomerKey != CustomerKey
                ? Decision.Refuse(RuleId.DB02, $"copy overwrites only an environment on the same customer key ({snapshot.CustomerKey ?? "Microsoft-managed"} vs {CustomerKey ?? "Microsoft-managed"})")
                : null;
        return await Record(actor, "copy", refusal ?? await Adopt(snapshot!, RuleId.DB02));
    }

    public async Task<Decision> ResetAsync(string actor)
    {
        if ((await Admin(actor) ?? TargetRefusal()) is { } refused)
        {
            return await Record(actor, "reset", refused);
        }

        if (State.Policy is { } policy)
        {
            await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
        }

        State.Dataverse = new EncryptedRecordStoreState();
        DeleteBackups("reset (DB-04)");
        State.Policy = null;
        State.PreviousKey = null;
        State.LastEncryptionFailed = false;
        State.Owner = EncryptionOwner.MicrosoftManaged;
        State.Principal = PlatformKeys.Principal;
        _dataverse = null;
        Machine.Fire(EnvironmentTrigger.Reset);
        await Dataverse.CreateDataKeyAsync(await PlatformKeys.MicrosoftManagedAsync(GrainFactory), KeyWrapAlgorithm.RsaOaep);
        return await Record(actor, "reset", Decision.Accept("data and backups deleted; back on the Microsoft-managed key") with { RuleId = RuleId.DB04 });
    }

    private DataSnapshot? AvailableBackup(string name) =>
        State.Backups.TryGetValue(name, out var b) && b.State == BackupState.Available ? b.Snapshot : null;

    private void DeleteBackups(string because)
    {
        foreach (var backup in State.Backups.Values.Where(b => b.State == BackupState.Available))
        {
            BackupMachine.Create(backup).Fire(BackupTrigger.Delete);
            backup.DeletedBecause = because;
            backup.Snapshot = null; // the encrypted data is gone with it
        }
    }

    private Decision? TargetRefusal() => State.Lifecycle == EnvironmentLifecycle.Active
        ? null
        : Decision.Refuse(LockedRule ?? RuleId.LK02, $"Environment disabled ({EnvironmentStatusMap.Status(State.Lifecycle)})");

    private DataSnapshot? Snapshot(string? name) =>
        State.Lifecycle == EnvironmentLifecycle.Active && State.Dataverse.DataKey is { } key
            ? new DataSnapshot(Name, name ?? "live", time.GetUtcNow(), key,
                new Dictionary<string, EncryptedRecord>(State.Dataverse.Records, StringComparer.Ordinal), CustomerKey, State.Policy,
                State.Dataverse.DatabaseId ?? Name)
            : null;

    /// <summary>
    /// Takes the snapshot's database: its data key must unwrap with the version that wrapped it (a disabled or deleted
    /// old version breaks the restore: EN-08), then is re-wrapped under this environment's current key.
    /// </summary>
    private async Task<Decision> Adopt(DataSnapshot snapshot, string rule)
    {
        var current = State.Dataverse.DataKey!.WrappedBy;
        var incoming = new EncryptedRecordStoreState
        {
            DataKey = snapshot.DataKey,
            Records = new Dictionary<string, EncryptedRecord>(snapshot.Records, StringComparer.Ordinal),
            DatabaseId = snapshot.DatabaseId,
        };
        var adopted = new EncryptedRecordStore(Name, incoming, new EnvironmentKeyWrapper(GrainFactory, () => State.Principal), DataKeyCacheOptions.None, time);
        try
        {
            await adopted.RewrapAsync(current, KeyWrapAlgorithm.RsaOaep);
        }
        catch (EnvelopeException e)
        {
            return Decision.Refuse(RuleId.EN08, $"the backup's data key is wrapped by {snapshot.DataKey.WrappedBy.Uri}, which no longer answers: {e.Message}");
        }

        State.Dataverse = incoming;
        _dataverse = null;
        return Decision.Accept($"{snapshot.Records.Count} records from '{snapshot.SourceEnvironment}' ({snapshot.Name}), re-wrapped under {current.Version}") with { RuleId = rule };
    }
}
