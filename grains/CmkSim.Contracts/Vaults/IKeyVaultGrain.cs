using Orleans.Concurrency;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Contracts.Vaults;

/// <summary>
/// An Azure key vault or Managed HSM, keyed by vault name: keys and versions backed by the vault's own HSM token,
/// soft delete and purge protection, RBAC or access-policy permissions, and wrap/unwrap with 403/404 answers.
/// </summary>
public interface IKeyVaultGrain : IGrainWithStringKey
{
    Task<KeyVaultResult<KeyVaultSettings>> CreateAsync(string actor, KeyVaultSettings settings);

    Task<KeyVaultResult<KeyProperties>> CreateKeyAsync(string actor, string name, KeyType type, int size,
        DateTimeOffset? notBefore = null, DateTimeOffset? expiresOn = null);

    /// <summary>
    /// BYOK import of a key generated in the customer's own HSM. Only an HSM-protected RSA key of 2048, 3072 or 4096
    /// bits is accepted (KV-02); in the model the key pair is created inside the vault's token, standing for the
    /// transfer blob the vault would unwrap there.
    /// </summary>
    Task<KeyVaultResult<KeyProperties>> ImportKeyAsync(string actor, string name, int size, bool hsmProtected);

    /// <summary>A new current version of the key (manual rotation).</summary>
    Task<KeyVaultResult<KeyProperties>> RotateKeyAsync(string actor, string name);

    Task<KeyVaultResult<KeyProperties>> SetVersionEnabledAsync(string actor, KeyVersionId version, bool enabled);

    [AlwaysInterleave]
    Task<KeyVaultResult<KeyProperties>> GetKeyAsync(string name);

    /// <summary>Every version of the key, oldest first.</summary>
    Task<IReadOnlyList<KeyProperties>> GetVersionsAsync(string name);

    /// <summary>Purges a deleted vault for good; refused while purge protection is on (rule SD-02).</summary>
    Task<KeyVaultResult<string>> PurgeVaultAsync(string actor);

    Task<KeyVaultResult<string>> DeleteKeyAsync(string actor, string name);

    Task<KeyVaultResult<string>> RecoverKeyAsync(string actor, string name);

    Task<KeyVaultResult<string>> PurgeKeyAsync(string actor, string name);

    Task<KeyVaultResult<string>> AssignRoleAsync(string actor, string principal, KeyVaultRole role);

    Task<KeyVaultResult<string>> RemoveRoleAsync(string actor, string principal, KeyVaultRole role);

    Task<KeyVaultResult<string>> SetAccessPolicyAsync(string actor, string principal, KeyPermissions permissions);

    // The data plane and the reads interleave: they write no state but the journal of a refusal (kept in a
    // deterministic order, see KeyVaultGrain.DataPlane), so many environments' calls run on the HSM at once. The
    // engine runs nothing beside an event that changes a vault, so an interleaved call never sees one half-done.
    [AlwaysInterleave]
    Task<KeyVaultResult<WrapResult>> WrapKeyAsync(string principal, KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key);

    [AlwaysInterleave]
    Task<KeyVaultResult<UnwrapResult>> UnwrapKeyAsync(string principal, KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey);

    Task<IReadOnlyList<JournalEvent>> GetJournalAsync();

    /// <summary>ValidateKeyVaultForCMK for <paramref name="policy"/>: refused at the first failing check, citing its rule (EP-07 and the rules its checks name); journaled either way.</summary>
    Task<Decision> ValidateForCmkAsync(string actor, string policy);

    [AlwaysInterleave]
    Task<KeyVaultSettings?> GetSettingsAsync();

    /// <summary>Changes soft delete, retention, purge protection or the permission model after creation (KV-01).</summary>
    Task<KeyVaultResult<KeyVaultSettings>> UpdateSettingsAsync(string actor, VaultSettingsChange change);

    /// <summary>Public network access and the trusted-services bypass (rule KV-04).</summary>
    Task<KeyVaultResult<KeyVaultSettings>> SetNetworkAsync(string actor, bool publicNetworkAccess, bool trustedServicesBypass);

    /// <summary>Deletes the vault (soft, when soft delete is on): every key stops answering (rule LK-01).</summary>
    Task<KeyVaultResult<string>> DeleteVaultAsync(string actor);

    Task<KeyVaultResult<string>> RecoverVaultAsync(string actor);

    Task<KeyVaultResult<KeyRotationPolicy>> SetRotationPolicyAsync(string actor, string name, KeyRotationPolicy policy);

    /// <summary>The engine calls back when a rotation or a retention period is due.</summary>
    Task OnKeyTimerDueAsync(string name, KeyTimer timer, int ticket);

    /// <summary>An enterprise policy asks to be told of access changes and rotations.</summary>
    Task SubscribeAsync(string policy);

    /// <summary>Per 10-s window and class, the wraps and unwraps admitted and answered 429 (empty when throttling is off).</summary>
    Task<IReadOnlyList<ThrottleWindow>> GetThrottlingAsync();
}
