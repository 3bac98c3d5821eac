using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>wrapKey and unwrapKey: injected faults (KeyVaultGrain.Faults), service limits (429), permission (KV-06), network (KV-04), key state (KV-07), then the HSM.</summary>
public sealed partial class KeyVaultGrain
{
    public async Task<KeyVaultResult<WrapResult>> WrapKeyAsync(string principal, KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key)
    {
        if (Faulted<WrapResult>(keyId, Operations.WrapKey) is { } faulted)
        {
            return faulted;
        }

        if (await Throttle<WrapResult>(keyId) is { } throttled)
        {
            return throttled;
        }

        if (await Usable<WrapResult>(principal, Operations.WrapKey, keyId) is { } refused)
        {
            return refused;
        }

        return Slowed(KeyVaultResult<WrapResult>.Ok(new WrapResult(keyId, algorithm, await DataPlane.WrapAsync(keyId.HsmKeyId, algorithm, key))));
    }

    public async Task<KeyVaultResult<UnwrapResult>> UnwrapKeyAsync(string principal, KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey)
    {
        if (Faulted<UnwrapResult>(keyId, Operations.UnwrapKey) is { } faulted)
        {
            return faulted;
        }

        if (await Throttle<UnwrapResult>(keyId) is { } throttled)
        {
            return throttled;
        }

        if (await Usable<UnwrapResult>(principal, Operations.UnwrapKey, keyId) is { } refused)
        {
            return refused;
        }

        return Slowed(KeyVaultResult<UnwrapResult>.Ok(new UnwrapResult(keyId, algorithm, await DataPlane.UnwrapAsync(keyId.HsmKeyId, algorithm, encryptedKey))));
    }

    /// <summary>Null when the call may go to the HSM; else the refusal, audited. Key Vault's order: auth, then the key.</summary>
    private async Task<KeyVaultResult<T>?> Usable<T>(string principal, string action, KeyVersionId keyId)
    {
        var subject = $"{keyId.Name}/{keyId.Version}";
        if (State.Settings is not { } settings || State.Deleted)
        {
            return await RefuseDataPlane<T>(principal, action, subject, KeyVaultStatus.NotFound, Lk01KeyAccessLoss.VaultGoneRefusal(Vault));
        }

        if ((Kv04TrustedServicesBypass.Refusal(settings.PublicNetworkAccess, settings.TrustedServicesBypass)
            ?? Kv06KeyPermissions.Refusal(principal, settings.PermissionModel, KeyVaultAccess.RolesOf(State, principal),
                State.AccessPolicies.GetValueOrDefault(principal))) is { } denied)
        {
            return await RefuseDataPlane<T>(principal, action, subject, KeyVaultStatus.Forbidden, denied);
        }

        if (ActiveKey(keyId.Name) is not { } key || key.Versions.Find(v => v.Version == keyId.Version) is not { } version)
        {
            return await RefuseDataPlane<T>(principal, action, subject, KeyVaultStatus.NotFound, Lk01KeyAccessLoss.KeyGoneRefusal(keyId.Uri));
        }

        return Kv07KeyUsable.VersionRefusal(version.State == KeyVersionState.Disabled, version.NotBefore, version.ExpiresOn, time.GetUtcNow()) is { } unusable
            ? await RefuseDataPlane<T>(principal, action, subject, KeyVaultStatus.Forbidden, unusable)
            : null;
    }
}
