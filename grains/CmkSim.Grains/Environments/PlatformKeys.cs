using CmkSim.Contracts;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Environments;

/// <summary>
/// Microsoft's own keys: the Microsoft-managed key every environment starts on, and BYOK keys customers imported into
/// Microsoft's HSM. Both live in platform vaults whose only user is the Power Platform service principal.
/// </summary>
internal static class PlatformKeys
{
    public const string Principal = PlatformVaultNames.ServicePrincipal;
    public const string MicrosoftVault = PlatformVaultNames.Microsoft;
    public const string ByokVault = PlatformVaultNames.Byok;
    private const string MicrosoftKey = "platform-key";

    public static bool IsPlatformVault(string vault) => vault is MicrosoftVault or ByokVault;

    public static Task<KeyVersionId> MicrosoftManagedAsync(IGrainFactory grains) => EnsureAsync(grains, MicrosoftVault, MicrosoftKey, KeyType.Rsa, 2048);

    /// <summary>A tenant key imported with BYOK (an HSM-protected RSA key).</summary>
    public static Task<KeyVersionId> ByokAsync(IGrainFactory grains, string environment) => EnsureAsync(grains, ByokVault, environment, KeyType.RsaHsm, 2048);

    /// <summary>
    /// Creates both platform vaults and the Microsoft-managed key once, before environments are created in parallel,
    /// so the audit log does not depend on which environment got there first.
    /// </summary>
    public static async Task EnsureVaultsAsync(IGrainFactory grains)
    {
        foreach (var name in new[] { MicrosoftVault, ByokVault })
        {
            var vault = grains.Reference<IKeyVaultGrain>(name);
            if (await vault.GetSettingsAsync() is null)
            {
                await vault.CreateAsync(Principal, new KeyVaultSettings("microsoft", PurgeProtectionEnabled: true));
                await vault.AssignRoleAsync(Principal, Principal, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
            }
        }

        await MicrosoftManagedAsync(grains);
    }

    private static async Task<KeyVersionId> EnsureAsync(IGrainFactory grains, string vaultName, string key, KeyType type, int size)
    {
        var vault = grains.Reference<IKeyVaultGrain>(vaultName);
        var found = await vault.GetKeyAsync(key);
        if (found.Succeeded)
        {
            return found.Value!.Id;
        }

        if (await vault.GetSettingsAsync() is null)
        {
            // Calls to one vault grain run one at a time, so a second creator just finds the vault there.
            await vault.CreateAsync(Principal, new KeyVaultSettings("microsoft", PurgeProtectionEnabled: true));
            await vault.AssignRoleAsync(Principal, Principal, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        }

        var created = await vault.CreateKeyAsync(Principal, key, type, size);
        return created.Succeeded ? created.Value!.Id : (await vault.GetKeyAsync(key)).Value!.Id;
    }
}
