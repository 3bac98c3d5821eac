using CmkSim.Domain.Rules;

namespace CmkSim.Domain.Vaults;

/// <summary>
/// A change to a vault after its creation (what KV-01 asks a real admin to fix): each property null is left as it is.
/// Azure Key Vault's own limits, which <see cref="Refusal"/> applies: soft delete, once on, can't be turned off;
/// purge protection, once on, can't be turned off, and needs soft delete; the retention is set at creation and can't
/// be changed afterwards. The permission model may be switched either way (grants of the other model stop counting).
/// </summary>
public sealed record VaultSettingsChange(bool? SoftDelete, int? RetentionDays, bool? PurgeProtection, VaultPermissionModel? PermissionModel)
{
    /// <summary>Why Key Vault refuses this change on a vault with <paramref name="current"/> settings, or null.</summary>
    public string? Refusal(KeyVaultSettings current)
    {
        if (SoftDelete == false && current.SoftDeleteEnabled)
        {
            return "soft delete can't be disabled once it is enabled";
        }

        if (PurgeProtection == false && current.PurgeProtectionEnabled)
        {
            return "purge protection can't be disabled once it is enabled";
        }

        if (PurgeProtection == true && !(SoftDelete ?? current.SoftDeleteEnabled))
        {
            return "purge protection needs soft delete";
        }

        if (RetentionDays is { } days && days != current.SoftDeleteRetentionDays)
        {
            return $"the soft-delete retention ({current.SoftDeleteRetentionDays} days) is set at creation and can't be changed";
        }

        return null;
    }

    public KeyVaultSettings Apply(KeyVaultSettings current) => current with
    {
        SoftDeleteEnabled = SoftDelete ?? current.SoftDeleteEnabled,
        PurgeProtectionEnabled = PurgeProtection ?? current.PurgeProtectionEnabled,
        PermissionModel = PermissionModel ?? current.PermissionModel,
    };
}
