using CmkSim.Contracts.Hsm;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Domain.Ports;
using CmkSim.Grains.Graphs;
using CmkSim.Grains.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// A key vault (or Managed HSM). Its keys live on its own HSM token, reached only through <see cref="IHsmGrain"/>;
/// refusals are answers with a status and a rule ID, and every action lands in the audit trail.
/// </summary>
public sealed partial class KeyVaultGrain(
    [PersistentState("vault")] IPersistentState<KeyVaultState> store,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider time,
    IEventScheduler scheduler) : Grain, IKeyVaultGrain
{
    private KeyVaultState State => store.State;

    private string Vault => this.GetPrimaryKeyString();

    /// <summary>Token labels are at most 32 characters; vault names at most 24.</summary>
    private IHsmGrain Hsm => GrainFactory.GetGrain<IHsmGrain>($"kv-{Vault}");

    public async Task<KeyVaultResult<KeyVaultSettings>> CreateAsync(string actor, KeyVaultSettings settings)
    {
        if (State.Settings is not null)
        {
            return await Refuse<KeyVaultSettings>(actor, Operations.CreateKeyVault, "", KeyVaultStatus.Conflict, $"vault '{Vault}' already exists", RuleId.KV01);
        }

        if (!Kv01SoftDeleteRetention.Allows(settings.SoftDeleteRetentionDays))
        {
            return await Refuse<KeyVaultSettings>(actor, Operations.CreateKeyVault, "", KeyVaultStatus.BadRequest,
                $"soft-delete retention must be {Kv01SoftDeleteRetention.MinDays} to {Kv01SoftDeleteRetention.MaxDays} days, not {settings.SoftDeleteRetentionDays}", RuleId.KV01);
        }

        State.Settings = settings;
        return await Done(actor, new VaultCreated(Vault, settings), settings);
    }

    public Task<KeyVaultResult<KeyProperties>> CreateKeyAsync(string actor, string name, KeyType type, int size,
        DateTimeOffset? notBefore = null, DateTimeOffset? expiresOn = null) => CreateKeyAsync(actor, name, type, size, notBefore, expiresOn, imported: false);

    private async Task<KeyVaultResult<KeyProperties>> CreateKeyAsync(string actor, string name, KeyType type, int size,
        DateTimeOffset? notBefore, DateTimeOffset? expiresOn, bool imported)
    {
        var operation = imported ? Operations.ImportKey : Operations.CreateKey;
        if (Missing<KeyProperties>() is { } missing)
        {
            return missing;
        }

        if (State.Settings!.ManagedHsm && !KeyVaultAccess.CanCreateManagedHsmKey(State, actor))
        {
            return await Refuse<KeyProperties>(actor, operation, name, KeyVaultStatus.Forbidden,
                $"'{actor}' needs the Managed HSM Crypto User role to create keys", RuleId.KV03);
        }

        if (KeyVaultAccess.KeyShapeRefusal(type, size) is { } shape)
        {
            return await Refuse<KeyProperties>(actor, operation, name, KeyVaultStatus.BadRequest, shape, RuleId.KV02);
        }

        if (State.Keys.ContainsKey(name))
        {
            // A soft-deleted key keeps its name for recovery (SD-02); a live one gets new versions by rotation (EN-07).
            return await Refuse<KeyProperties>(actor, operation, name, KeyVaultStatus.Conflict, $"key '{name}' already exists (or is soft-deleted)",
                ActiveKey(name) is null ? RuleId.SD02 : RuleId.EN07);
        }

        var key = new KeyRecord { Name = name, Type = type, Size = size };
        State.Keys.Add(name, key);
        var version = await AddVersion(key, notBefore, expiresOn);
        var properties = Properties(key, version);
        return await Done(actor, new KeyCreated(properties.Id, type, size, imported), properties);
    }

    public async Task<KeyVaultResult<KeyProperties>> ImportKeyAsync(string actor, string name, int size, bool hsmProtected)
    {
        if (!hsmProtected)
        {
            return await Refuse<KeyProperties>(actor, Operations.ImportKey, name, KeyVaultStatus.BadRequest,
                "only an HSM-protected key (BYOK transfer blob) can be imported for CMK, not a software-protected one", RuleId.KV02);
        }

        return await CreateKeyAsync(actor, name, KeyType.RsaHsm, size, null, null, imported: true);
    }

    public async Task<KeyVaultResult<KeyProperties>> RotateKeyAsync(string actor, string name)
    {
        if (ActiveKey(name) is not { } key)
        {
            return await Refuse<KeyProperties>(actor, Operations.RotateKey, name, KeyVaultStatus.NotFound, $"key '{name}' not found", RuleId.KV07);
        }

        var previous = new KeyVersionId(Vault, name, key.Versions[^1].Version);
        var version = await AddVersion(key, null, null);
        PlanRotation(key);
        var rotated = new KeyVersionId(Vault, name, version.Version);
        // Notified after its own entry: the cause is journaled first, and names itself as the roll-outs' cause.
        return await Done(actor, new KeyRotated(rotated, previous, ByRotationPolicy: false), Properties(key, version), id => NotifyRotated(rotated, id));
    }

    public async Task<KeyVaultResult<KeyProperties>> SetVersionEnabledAsync(string actor, KeyVersionId id, bool enabled)
    {
        var trigger = enabled ? KeyVersionTrigger.Enable : KeyVersionTrigger.Disable;
        var version = State.Keys.TryGetValue(id.Name, out var key) ? key.Versions.Find(v => v.Version == id.Version) : null;
        var machine = version is null ? null : KeyMachines.Version(key!, version);
        if (machine is null || !machine.CanFire(trigger))
        {
            // A version that is not there, or whose key is deleted (the machine's guard names KV-07), answers 404.
            return await Refuse<KeyProperties>(actor, enabled ? Operations.EnableKeyVersion : Operations.DisableKeyVersion, $"{id.Name}/{id.Version}",
                KeyVaultStatus.NotFound, $"key version '{id.Uri}' not found", machine?.UnmetGuard(trigger)?.Rule ?? RuleId.KV07);
        }

        machine.Fire(trigger);
        return await Done(actor, enabled ? new KeyVersionEnabled(id) : new KeyVersionDisabled(id), Properties(key!, version!), NotifyAccessChanged);
    }

    public Task<KeyVaultResult<KeyProperties>> GetKeyAsync(string name) => Task.FromResult(
        ActiveKey(name) is { } key
            ? KeyVaultResult<KeyProperties>.Ok(Properties(key, key.Versions[^1]))
            : KeyVaultResult<KeyProperties>.Refused(KeyVaultStatus.NotFound, $"key '{name}' not found", RuleId.KV07));

    public Task<IReadOnlyList<KeyProperties>> GetVersionsAsync(string name) => Task.FromResult<IReadOnlyList<KeyProperties>>(
        ActiveKey(name) is { } key ? key.Versions.Select(v => Properties(key, v)).ToList() : []);

    public Task<IReadOnlyList<JournalEvent>> GetJournalAsync() => Task.FromResult<IReadOnlyList<JournalEvent>>(State.Journal.ToList());

    private async Task<KeyVersionRecord> AddVersion(KeyRecord key, DateTimeOffset? notBefore, DateTimeOffset? expiresOn)
    {
        var id = KeyVersionId.Derive(Vault, key.Name, key.Versions.Count + 1);
        var fingerprint = await Hsm.CreateRsaKeyAsync(id.HsmKeyId, key.Size);
        var record = new KeyVersionRecord
        {
            Version = id.Version,
            State = KeyVersionState.Enabled,
            CreatedOn = time.GetUtcNow(),
            NotBefore = notBefore,
            ExpiresOn = expiresOn,
            PublicKeyFingerprint = fingerprint,
        };
        key.Versions.Add(record);
        return record;
    }

    private KeyRecord? ActiveKey(string name) =>
        State.Keys.TryGetValue(name, out var key) && key.State == DeletionState.Active ? key : null;

    private KeyProperties Properties(KeyRecord key, KeyVersionRecord v) => new(
        new KeyVersionId(Vault, key.Name, v.Version), key.Type, key.Size, v.State == KeyVersionState.Enabled,
        v.CreatedOn, v.NotBefore, v.ExpiresOn, v.PublicKeyFingerprint);

    /// <summary>
    /// 404 for a vault that is not there: one never created cites KV-01 (the vault a key lives in must exist, with
    /// soft delete and purge protection); a soft-deleted one SD-02 (it answers again only once recovered).
    /// </summary>
    private KeyVaultResult<T>? Missing<T>() => State.Settings is null
        ? KeyVaultResult<T>.Refused(KeyVaultStatus.NotFound, $"vault '{Vault}' not found", RuleId.KV01)
        : State.Deleted
            ? KeyVaultResult<T>.Refused(KeyVaultStatus.NotFound, $"vault '{Vault}' not found (deleted)", RuleId.SD02)
            : null;

    /// <param name="then">Runs with the event's id once it is journaled: notices sent here name it as their cause.</param>
    private async Task<KeyVaultResult<T>> Done<T>(string actor, JournalEvent e, T value, Action<EventId>? then = null)
    {
        var id = State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), actor, e);
        await store.WriteStateAsync();
        then?.Invoke(id);
        return KeyVaultResult<T>.Ok(value);
    }

    /// <param name="subject">What was refused inside the vault (a key, "key/version"), or "" for the vault itself.</param>
    private async Task<KeyVaultResult<T>> Refuse<T>(string actor, string operation, string subject, KeyVaultStatus status, string message, string rule)
    {
        State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), actor,
            new Refused(operation, subject.Length == 0 ? Vault : $"{Vault}/{subject}", rule, message, (int)status));
        await store.WriteStateAsync();
        return KeyVaultResult<T>.Refused(status, message, rule);
    }
}
