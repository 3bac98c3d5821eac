using CmkSim.Contracts;
using CmkSim.Contracts.Hsm;
using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Domain.Ports;
using CmkSim.Grains.Graphs;
using CmkSim.Grains.Hsm;
using CmkSim.Grains.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// A key vault (or Managed HSM). Its keys live on its own HSM token: created and destroyed through <see cref="IHsmGrain"/>,
/// used for wrapKey and unwrapKey through <see cref="HsmDataPlane"/> in this grain's process;
/// refusals are answers with a status and a rule ID, and every action lands in the audit trail.
/// </summary>
public sealed partial class KeyVaultGrain(
    [PersistentState("vault")] IPersistentState<KeyVaultState> store,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider time,
    IWorkScheduler scheduler,
    SoftHsm hsm) : Grain, IKeyVaultGrain
{
    private KeyVaultState State => store.State;

    private string Vault => this.GetPrimaryKeyString();

    private IHsmGrain? _hsm;

    /// <summary>Token labels are at most 32 characters; vault names at most 24. Looked up once per activation.</summary>
    private IHsmGrain Hsm => _hsm ??= GrainFactory.Reference<IHsmGrain>($"kv-{Vault}");

    private HsmDataPlane? _dataPlane;

    private HsmDataPlane DataPlane => _dataPlane ??= new HsmDataPlane(hsm, $"kv-{Vault}");

    public async Task<KeyVaultResult<KeyVaultSettings>> CreateAsync(string actor, KeyVaultSettings settings)
    {
        if (Kv01SoftDeleteRetention.CreateRefusal(Vault, State.Settings is not null, settings.SoftDeleteRetentionDays) is { } refused)
        {
            return await Refuse<KeyVaultSettings>(actor, Operations.CreateKeyVault, "",
                State.Settings is not null ? KeyVaultStatus.Conflict : KeyVaultStatus.BadRequest, refused);
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
        if (await Missing<KeyProperties>(actor, operation, name) is { } missing)
        {
            return missing;
        }

        if (Kv03ManagedHsmCryptoUser.Refusal(actor, State.Settings!.ManagedHsm, KeyVaultAccess.RolesOf(State, actor)) is { } notCryptoUser)
        {
            return await Refuse<KeyProperties>(actor, operation, name, KeyVaultStatus.Forbidden, notCryptoUser);
        }

        if (Kv02KeyShape.Refusal(type, size) is { } shape)
        {
            return await Refuse<KeyProperties>(actor, operation, name, KeyVaultStatus.BadRequest, shape);
        }

        if (Sd02SoftDeleteAndPurgeProtection.KeyNameTakenRefusal(name, State.Keys.ContainsKey(name), live: ActiveKey(name) is not null) is { } taken)
        {
            return await Refuse<KeyProperties>(actor, operation, name, KeyVaultStatus.Conflict, taken);
        }

        var key = new KeyRecord { Name = name, Type = type, Size = size };
        State.Keys.Add(name, key);
        var version = await AddVersion(key, notBefore, expiresOn);
        var properties = Properties(key, version);
        return await Done(actor, new KeyCreated(properties.Id, type, size, imported), properties);
    }

    public async Task<KeyVaultResult<KeyProperties>> ImportKeyAsync(string actor, string name, int size, bool hsmProtected)
    {
        if (Kv02KeyShape.ImportRefusal(hsmProtected) is { } softwareProtected)
        {
            return await Refuse<KeyProperties>(actor, Operations.ImportKey, name, KeyVaultStatus.BadRequest, softwareProtected);
        }

        return await CreateKeyAsync(actor, name, KeyType.RsaHsm, size, null, null, imported: true);
    }

    public async Task<KeyVaultResult<KeyProperties>> RotateKeyAsync(string actor, string name)
    {
        if (ActiveKey(name) is not { } key)
        {
            return await Refuse<KeyProperties>(actor, Operations.RotateKey, name, KeyVaultStatus.NotFound, Kv07KeyUsable.KeyNotFoundRefusal(name));
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
                KeyVaultStatus.NotFound, Kv07KeyUsable.VersionNotFoundRefusal(id.Uri, machine?.UnmetGuard(trigger)?.Rule));
        }

        machine.Fire(trigger);
        return await Done(actor, enabled ? new KeyVersionEnabled(id) : new KeyVersionDisabled(id), Properties(key!, version!), NotifyAccessChanged);
    }

    public Task<KeyVaultResult<KeyProperties>> GetKeyAsync(string name) => Task.FromResult(
        ActiveKey(name) is { } key
            ? KeyVaultResult<KeyProperties>.Ok(Properties(key, key.Versions[^1]))
            : Refused<KeyProperties>(KeyVaultStatus.NotFound, Kv07KeyUsable.KeyNotFoundRefusal(name)));

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
    /// soft delete and purge protection); a soft-deleted one SD-02 (it answers again only once recovered). The
    /// refused action is journaled like any other refusal (every refusal is in audit.jsonl, with its rule).
    /// </summary>
    /// <param name="subject">What was refused inside the vault (a key, a principal), or "" for the vault itself.</param>
    private async Task<KeyVaultResult<T>?> Missing<T>(string actor, string operation, string subject = "")
    {
        var refusal = State.Settings is null
            ? Kv01SoftDeleteRetention.VaultNotFoundRefusal(Vault)
            : State.Deleted ? Sd02SoftDeleteAndPurgeProtection.DeletedVaultRefusal(Vault) : null;
        return refusal is null ? null : await Refuse<T>(actor, operation, subject, KeyVaultStatus.NotFound, refusal);
    }

    /// <summary>A rule home's refusal as the vault answers it (not journaled: a read).</summary>
    private static KeyVaultResult<T> Refused<T>(KeyVaultStatus status, Decision refusal) =>
        KeyVaultResult<T>.Refused(status, refusal.Message, refusal.RuleId!);

    /// <param name="then">Runs with the event's id once it is journaled: notices sent here name it as their cause.</param>
    private async Task<KeyVaultResult<T>> Done<T>(string actor, JournalEvent e, T value, Action<EventId>? then = null)
    {
        var id = State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), actor, e);
        await store.WriteStateAsync();
        then?.Invoke(id);
        return KeyVaultResult<T>.Ok(value);
    }

    /// <summary>Forwards a rule home's refusal with the status the vault answers it with.</summary>
    private Task<KeyVaultResult<T>> Refuse<T>(string actor, string operation, string subject, KeyVaultStatus status, Decision refusal) =>
        Refuse<T>(actor, operation, subject, status, refusal.Message, refusal.RuleId!);

    /// <param name="subject">What was refused inside the vault (a key, "key/version"), or "" for the vault itself.</param>
    private async Task<KeyVaultResult<T>> Refuse<T>(string actor, string operation, string subject, KeyVaultStatus status, string message, string rule)
    {
        State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), actor,
            new Refused(operation, subject.Length == 0 ? Vault : $"{Vault}/{subject}", rule, message, (int)status));
        await store.WriteStateAsync();
        return KeyVaultResult<T>.Refused(status, message, rule);
    }
}
