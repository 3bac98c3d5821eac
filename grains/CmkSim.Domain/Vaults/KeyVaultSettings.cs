using CmkSim.Domain.Rules;

namespace CmkSim.Domain.Vaults;

/// <summary>A vault's settings as created: soft delete, purge protection, permission model, network access.</summary>
public sealed record KeyVaultSettings(
    string Subscription,
    bool SoftDeleteEnabled = true,
    int SoftDeleteRetentionDays = Kv01SoftDeleteRetention.DefaultDays,
    bool PurgeProtectionEnabled = false,
    VaultPermissionModel PermissionModel = VaultPermissionModel.AzureRbac,
    bool PublicNetworkAccess = true,
    bool TrustedServicesBypass = false,
    bool ManagedHsm = false);
