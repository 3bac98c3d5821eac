using CmkSim.Contracts;
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
        if (Decisions.Backup(actor, await User(actor)) is { } refused)
        {
            return await Refuse(actor, Operations.Backup, refused);
        }

        var snapshot = Snapshot(backup) ?? throw new InvalidOperationException($"'{Name}' has no data key: it was never created");

        State.Backups[backup] = new BackupRecord { Snapshot = snapshot, TakenAt = snapshot.Taken };
        return await Accept(actor, new BackupTaken(Name, backup, snapshot.Resources.Select(r => new ResourceKey(r.Resource, r.DataKey.WrappedBy)).ToList()),
            Decision.Accept($"backup '{backup}' keeps the data keys as wrapped: {Wraps(snapshot.Resources.Select(r => (r.Resource, r.DataKey)))}"));
    }

    public Task<DataSnapshot?> ExportAsync(string? backup) => Task.FromResult(
        Model.DataReadable
            ? backup is null ? Snapshot(null) : AvailableBackup(backup)
            : null); // LK-02: nothing leaves a locked environment

    public Task<Decision> UnavailableBackupAsync(string backup) => Task.FromResult(UnavailableBackup(backup));

    public async Task<Decision> RestoreAsync(string actor, string sourceEnvironment, string backup)
    {
        var source = GrainFactory.Reference<IEnvironmentGrain>(sourceEnvironment);
        var snapshot = sourceEnvironment == Name ? AvailableBackup(backup) : await source.ExportAsync(backup);
        var decisions = Decisions;
        var refusal = decisions.Target(actor, await User(actor))
            ?? (snapshot is null ? sourceEnvironment == Name ? UnavailableBackup(backup) : await source.UnavailableBackupAsync(backup) : null)
            ?? decisions.RestoreFrom(sourceEnvironment, snapshot!.CustomerKey);
        return await Answer(actor, Operations.Restore, refusal ?? await Adopt(snapshot!, RuleId.DB01),
            () => new BackupRestored(Name, sourceEnvironment, backup, snapshot!.Database.Records.Count, State.Dataverse.DataKey!.WrappedBy));
    }

    public async Task<Decision> CopyFromAsync(string actor, string sourceEnvironment)
    {
        var decisions = Decisions;
        // Checked before the source is asked: an environment exporting to itself would wait on its own call.
        var refusal = decisions.CopyTarget(actor, await User(actor)) ?? Db02CopySameKey.SelfCopyRefusal(Name, sourceEnvironment);
        var snapshot = refusal is null ? await GrainFactory.Reference<IEnvironmentGrain>(sourceEnvironment).ExportAsync(null) : null;
        refusal ??= decisions.CopyFrom(sourceEnvironment, snapshot is not null, snapshot?.CustomerKey);
        return await Answer(actor, Operations.Copy, refusal ?? await Adopt(snapshot!, RuleId.DB02),
            () => new EnvironmentCopied(Name, sourceEnvironment, snapshot!.Database.Records.Count, State.Dataverse.DataKey!.WrappedBy));
    }

    public async Task<Decision> ResetAsync(string actor)
    {
        if (Decisions.Target(actor, await User(actor)) is { } refused)
        {
            return await Refuse(actor, Operations.Reset, refused);
        }

        if (State.Policy is { } policy)
        {
            await GrainFactory.Reference<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
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
        Model.Reset();
        await CreateDataKeysAsync(await PlatformKeys.MicrosoftManagedAsync(GrainFactory));
        return await Accept(actor, new EnvironmentReset(Name, backupsDeleted),
            Decision.Accept("data and backups deleted; back on the Microsoft-managed key") with { RuleId = RuleId.DB04 });
    }

    private DataSnapshot? AvailableBackup(string name) =>
        State.Backups.TryGetValue(name, out var b) && b.State == BackupState.Available ? b.Snapshot : null;

    /// <summary>The refusal for a backup that can't be had (<see cref="EnvironmentDecisions.UnavailableBackup"/>).</summary>
    private Decision UnavailableBackup(string name) => Decisions.UnavailableBackup(name,
        State.Backups.TryGetValue(name, out var b) ? new BackupFacts(b.State == BackupState.Available, b.DeletedUnder, b.DeletedBecause) : null);

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

    /// <summary>Every resource as it is at rest now: its records and its data key as wrapped (not unwrapped: a backup needs no key).</summary>
    private DataSnapshot? Snapshot(string? name) =>
        Model.Active && State.Dataverse.DataKey is not null
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
            // No cache on purpose: this store only re-wraps, and is dropped whether the adoption completes or not
            // (Replace forgets the resource's store), so a key it kept would only linger undisposed in memory.
            var store = new EncryptedRecordStore(part.StoreId, incoming, new EnvironmentKeyWrapper(GrainFactory, () => State.Principal), DataKeyCacheOptions.None, time);
            try
            {
                await store.RewrapAsync(target, KeyWrapAlgorithm.RsaOaep);
            }
            catch (EnvelopeException e)
            {
                return En08PreviousKeyVersion.RestoreRefusal(part.Resource, part.DataKey.WrappedBy.Uri, e.Message)!;
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
