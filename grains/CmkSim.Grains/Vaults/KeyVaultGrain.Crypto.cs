using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>wrapKey and unwrapKey: permission (KV-06), network (KV-04), key state (KV-07), then the HSM.</summary>
public sealed partial class KeyVaultGrain
{
    public async Task<KeyVaultResult<WrapResult>> WrapKeyAsync(string principal, KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key)
    {
        if (await Usable<WrapResult>(principal, Operations.WrapKey, keyId) is { } refused)
        {
            return refused;
        }

        return KeyVaultResult<WrapResult>.Ok(new WrapResult(keyId, algorithm, await Hsm.WrapAsync(keyId.HsmKeyId, algorithm, key)));
    }

    public async Task<KeyVaultResult<UnwrapResult>> UnwrapKeyAsync(string principal, KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey)
    {
        if (await Usable<UnwrapResult>(principal, Operations.UnwrapKey, keyId) is { } refused)
        {
            return refused;
        }

        return KeyVaultResult<UnwrapResult>.Ok(new UnwrapResult(keyId, algorithm, await Hsm.UnwrapAsync(keyId.HsmKeyId, algorithm, encryptedKey)));
    }

    /// <summary>Null when the call may go to the HSM; else the refusal, audited. Key Vault's order: auth, then the key.</summary>
    private async Task<KeyVaultResult<T>?> Usable<T>(string principal, string action, KeyVersionId keyId)
    {
        if (State.Settings is not { } settings || State.Deleted)
        {
            return await Refuse<T>(principal, action, $"{keyId.Name}/{keyId.Version}", KeyVaultStatus.NotFound, $"vault '{Vault}' not found", RuleId.LK01);
        }

        if (!settings.PublicNetworkAccess && !settings.TrustedServicesBypass)
        {
            return await Refuse<T>(principal, action, $"{keyId.Name}/{keyId.Version}", KeyVaultStatus.Forbidden,
                "public network access is off and trusted Microsoft services may not bypass the firewall", RuleId.KV04);
        }

        if (KeyVaultAccess.MissingForCmk(State, principal) is { } lacking)
        {
            return await Refuse<T>(principal, action, $"{keyId.Name}/{keyId.Version}", KeyVaultStatus.Forbidden, $"'{principal}' lacks {lacking}", RuleId.KV06);
        }

        if (ActiveKey(keyId.Name) is not { } key || key.Versions.Find(v => v.Version == keyId.Version) is not { } version)
        {
            return await Refuse<T>(principal, action, $"{keyId.Name}/{keyId.Version}", KeyVaultStatus.NotFound, $"key '{keyId.Uri}' not found", RuleId.LK01);
        }

        var now = time.GetUtcNow();
        var why = version.State == KeyVersionState.Disabled ? "the key version is disabled"
            : version.NotBefore > now ? $"the key is not active before {version.NotBefore:O}"
            : version.ExpiresOn <= now ? $"the key expired at {version.ExpiresOn:O}"
            : null;
        return why is null ? null : await Refuse<T>(principal, action, $"{keyId.Name}/{keyId.Version}", KeyVaultStatus.Forbidden, why, RuleId.KV07);
    }
}
