using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Data;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Journal;

namespace CmkSim.Grains.Environments;

/// <summary>Backups, restore, copy and reset (DB-01..DB-04, LK-02, EN-08): each checked, then done with real crypto.</summary>
public sealed partial class EnvironmentGrain
{
    public async Task<Decision> BackupAsync(string actor, string backup)
    {
        if (State.Lifecycle != EnvironmentLifecycle.Active)
        {
            return await Refuse(actor, Operations.Backup, Decision.Refuse(DisabledRule, "Environment disabled: no backup can be taken"));
        }

        var snapshot = Snapshot(backup) ?? throw new InvalidOperationException($"'{Name}' has no data key: it was never created");

        State.Backups[backup] = new BackupRecord { Snapshot = snapshot };
        return await Accept(actor, new BackupTaken(Name, backup, snapshot.Resources.Select(r => new ResourceKey(r.Resource, r.DataKey.WrappedBy)).ToList()),
            Decision.Accept($"backup '{backup}' keeps the data keys as wrapped: {Wraps(snapshot.Resources.Select(r => (r.Resource, r.DataKey)))}"));
    }

    public Task<DataSnapshot?> ExportAsync(string? backup) => Task.FromResult(
        State.Lifecycle is EnvironmentLifecycle.Active or EnvironmentLifecycle.Encrypting or EnvironmentLifecycle.Reverting
            ? backup is null ? Snapshot(null) : AvailableBackup(backup)
            : null); // LK-02: nothing leaves a locked environment

    public Task<Decision> UnavailableBackupAsync(string backup) => Task.FromResult(UnavailableBackup(backup));

    public async Task<Decision> RestoreAsync(string actor, string sourceEnvironment, string backup)
    {
        var source = GrainFactory.GetGrain<IEnvironmentGrain>(sourceEnvironment);
        var snapshot = sourceEnvironment == Name ? AvailableBackup(backup) : await source.ExportAsync(backup);
        var refusal = await Admin(actor) ?? TargetRefusal()
            ?? (snapshot is null ? sourceEnvironment == Name ? UnavailableBackup(backup) : await source.UnavailableBackupAsync(backup) : null)
            ?? (sourceEnvironment != Name && snapshot!.CustomerKey != CustomerKey
                ? Decision.Refuse(RuleId.DB01, $"a backup restores only into its own environment or one on the same customer key ({snapshot.CustomerKey ?? "Microsoft-managed"} vs {CustomerKey ?? "Microsoft-managed"})")
                : null);
        return await Answer(actor, Operations.Restore, refusal ?? await Adopt(snapshot!, RuleId.DB01),
            () => new BackupRestored(Name, sourceEnvironment, backup, snapshot!.Database.Records.Count, State.Dataverse.DataKey!.WrappedBy));
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
        return await Answer(actor, Operations.Copy, refusal ?? await Adopt(snapshot!, RuleId.DB02),
            () => new EnvironmentCopied(Name, sourceEnvironment, snapshot!.Database.Records.Count, State.Dataverse.DataKey!.WrappedBy));
    }

    public async Task<Decision> ResetAsync(string actor)
    {
        if ((await Admin(actor) ?? TargetRefusal()) is { } refused)
        {
            return await Refuse(actor, Operations.Reset, refused);
        }

        if (State.Policy is { } policy)
        {
            await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
        }

        foreach (var resource in Resources)
        {
            Replace(resource, new EncryptedRecordStoreState());
        }

        var backupsDeleted = DeleteBackups("reset (DB-04)", RuleId.DB04);
        State.Policy = null;
        State.LastEncryptionFailed = false;
        State.Owner = EncryptionOwner.MicrosoftManaged;
        State.Principal = PlatformKeys.Principal;
        ForgetStores();
        Machine.Fire(EnvironmentTrigger.Reset);
        await CreateDataKeysAsync(await PlatformKeys.MicrosoftManagedAsync(GrainFactory));
        return await Accept(actor, new EnvironmentReset(Name, backupsDeleted),
            Decision.Accept("data and backups deleted; back on the Microsoft-managed key") with { RuleId = RuleId.DB04 });
    }

    private DataSnapshot? AvailableBackup(string name) =>
        State.Backups.TryGetValue(name, out var b) && b.State == BackupState.Available ? b.Snapshot : null;

    /// <summary>The refusal for a backup that can't be had: the rule that deleted it, LK-02 while its environment is locked, DB-01 when there is none.</summary>
    private Decision UnavailableBackup(string name) =>
        State.Backups.TryGetValue(name, out var b) && b.State != BackupState.Available
            ? Decision.Refuse(b.DeletedUnder ?? RuleId.LK02, $"backup '{name}' of '{Name}' was deleted: {b.DeletedBecause}")
            : State.Lifecycle is EnvironmentLifecycle.Active or EnvironmentLifecycle.Encrypting or EnvironmentLifecycle.Reverting
                // DB-01 restores a backup of the environment it came from: there is no such backup to restore.
                ? Decision.Refuse(RuleId.DB01, $"'{Name}' has no backup named '{name}'")
                : Decision.Refuse(RuleId.LK02, $"backup '{name}' of '{Name}' is not available: its environment is {EnvironmentStatusMap.Status(State.Lifecycle)}");

    /// <returns>How many backups were deleted.</returns>
    private int DeleteBackups(string because, string rule)
    {
        var deleted = 0;
        foreach (var backup in State.Backups.Values)
        {
            deleted += backup.State == BackupState.Available ? 1 : 0;
            BackupMachine.Delete(backup, because, rule);
        }

        return deleted;
    }

    private Decision? TargetRefusal() => State.Lifecycle == EnvironmentLifecycle.Active
        ? null
        : Decision.Refuse(DisabledRule, $"Environment disabled ({EnvironmentStatusMap.Status(State.Lifecycle)})");

    /// <summary>Every resource as it is at rest now: its records and its data key as wrapped (not unwrapped: a backup needs no key).</summary>
    private DataSnapshot? Snapshot(string? name) =>
        State.Lifecycle == EnvironmentLifecycle.Active && State.Dataverse.DataKey is not null
            ? new DataSnapshot(Name, name ?? "live", time.GetUtcNow(), CustomerKey, State.Policy,
                LiveKeys().Select(k => new ResourceSnapshot(k.Resource, k.Key,
                    new Dictionary<string, EncryptedRecord>(StateOf(k.Resource).Records, StringComparer.Ordinal),
                    StateOf(k.Resource).DatabaseId ?? StoreId(k.Resource))).ToList())
            : null;

    /// <summary>
    /// Takes the snapshot's resources: each data key must unwrap with the version that wrapped it when the snapshot
    /// was taken (a disabled or deleted version breaks the restore: EN-08, until it is enabled again), then is
    /// re-wrapped under the version this environment's resource is on. All or nothing.
    /// </summary>
    private async Task<Decision> Adopt(DataSnapshot snapshot, string rule)
    {
        var adopted = new List<(StorageResource Resource, EncryptedRecordStoreState State)>();
        foreach (var part in snapshot.Resources)
        {
            var target = StateOf(part.Resource).DataKey?.WrappedBy ?? State.Dataverse.DataKey!.WrappedBy;
            var incoming = new EncryptedRecordStoreState
            {
                DataKey = part.DataKey,
                Records = new Dictionary<string, EncryptedRecord>(part.Records, StringComparer.Ordinal),
                DatabaseId = part.StoreId,
            };
            var store = new EncryptedRecordStore(part.StoreId, incoming, new EnvironmentKeyWrapper(GrainFactory, () => State.Principal), DataKeyCacheOptions.None, time);
            try
            {
                await store.RewrapAsync(target, KeyWrapAlgorithm.RsaOaep);
            }
            catch (EnvelopeException e)
            {
                return Decision.Refuse(RuleId.EN08, $"the backup's {part.Resource} data key is wrapped by {part.DataKey.WrappedBy.Uri}, which no longer answers: {e.Message}");
            }

            adopted.Add((part.Resource, incoming));
        }

        foreach (var (resource, state) in adopted)
        {
            Replace(resource, state);
        }

        return Decision.Accept($"{snapshot.Database.Records.Count} records from '{snapshot.SourceEnvironment}' ({snapshot.Name}), re-wrapped under {State.Dataverse.DataKey!.WrappedBy.Version}") with { RuleId = rule };
    }
}
