using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>Who may use a vault's keys for CMK (rule KV-06) and create keys in a Managed HSM (rule KV-03).</summary>
internal static class KeyVaultAccess
{
    /// <summary>What <paramref name="principal"/> lacks to wrap and unwrap, or null when nothing.</summary>
    public static string? MissingForCmk(KeyVaultState state, string principal) => state.Settings!.PermissionModel switch
    {
        VaultPermissionModel.AzureRbac => state.Roles.Any(r => r.Principal == principal &&
            r.Role is KeyVaultRole.KeyVaultCryptoServiceEncryptionUser or KeyVaultRole.KeyVaultAdministrator)
            ? null
            : "the 'Key Vault Crypto Service Encryption User' role",
        _ => state.AccessPolicies.TryGetValue(principal, out var granted) && granted.HasFlag(KeyPermissions.Cmk)
            ? null
            : $"access-policy key permissions {KeyPermissions.Cmk & ~state.AccessPolicies.GetValueOrDefault(principal)}",
    };

    public static bool CanCreateManagedHsmKey(KeyVaultState state, string actor) =>
        state.Roles.Any(r => r.Principal == actor && r.Role == KeyVaultRole.ManagedHsmCryptoUser);

    /// <summary>Rule KV-02: RSA 2048 in a vault; RSA-HSM 2048, 3072 or 4096.</summary>
    public static string? KeyShapeRefusal(KeyType type, int size) => type switch
    {
        KeyType.Rsa when size == 2048 => null,
        KeyType.RsaHsm when size is 2048 or 3072 or 4096 => null,
        KeyType.Rsa => $"an RSA key for CMK must be 2048 bits, not {size}",
        KeyType.RsaHsm => $"an RSA-HSM key must be 2048, 3072 or 4096 bits, not {size}",
        _ => $"key type {type} can't encrypt an environment: use RSA or RSA-HSM",
    };
}
