using CmkSim.Domain.Vaults;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-06: "Vault permission model: with Azure RBAC the policy identity needs "Key Vault Crypto Service
/// Encryption User"; with vault access policies it needs Get, Wrap Key and Unwrap Key. Anything less: wrap/unwrap is
/// denied (403)." Add environment probes it with a real wrap as the policy's identity; the vault answers with the rule
/// that refused (KV-04 behind a firewall, KV-07 for an unusable key), KV-06 when it names none.
/// </summary>
[RuleHome(RuleId.KV06)]
public static class Kv06KeyPermissions
{
    /// <param name="status">The vault's HTTP status (403 when the permissions fall short).</param>
    /// <param name="vaultRule">The rule the vault's refusal cites, if any.</param>
    [Enforces(RuleId.KV06)]
    public static Decision? ProbeRefusal(bool wrapped, int status, string message, string? vaultRule) => wrapped
        ? null
        : Decision.Refuse(vaultRule ?? RuleId.KV06, $"{status}: {message}");

    /// <summary>What <paramref name="principal"/> lacks to wrap and unwrap, or null when nothing.</summary>
    /// <param name="roles">The Azure RBAC roles the principal holds on the vault (read under <see cref="VaultPermissionModel.AzureRbac"/>).</param>
    /// <param name="granted">The key permissions the vault's access policy grants it (read otherwise).</param>
    public static string? Missing(VaultPermissionModel model, IEnumerable<KeyVaultRole> roles, KeyPermissions granted) => model switch
    {
        VaultPermissionModel.AzureRbac => roles.Any(r => r is KeyVaultRole.KeyVaultCryptoServiceEncryptionUser or KeyVaultRole.KeyVaultAdministrator)
            ? null
            : "the 'Key Vault Crypto Service Encryption User' role",
        _ => granted.HasFlag(KeyPermissions.Cmk) ? null : $"access-policy key permissions {KeyPermissions.Cmk & ~granted}",
    };

    /// <summary>A wrap or unwrap by a principal that lacks what CMK needs: 403.</summary>
    [Enforces(RuleId.KV06)]
    public static Decision? Refusal(string principal, VaultPermissionModel model, IEnumerable<KeyVaultRole> roles, KeyPermissions granted) =>
        Missing(model, roles, granted) is { } lacking ? Decision.Refuse(RuleId.KV06, $"'{principal}' lacks {lacking}") : null;
}
