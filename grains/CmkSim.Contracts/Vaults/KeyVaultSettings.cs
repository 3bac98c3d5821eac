using CmkSim.Contracts.Rules;

namespace CmkSim.Contracts.Vaults;

/// <summary>A vault's settings as created: soft delete, purge protection, permission model, network access.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyVaultSettings(
    [property: Id(0)] string Subscription,
    [property: Id(1)] bool SoftDeleteEnabled = true,
    [property: Id(2)] int SoftDeleteRetentionDays = Kv01SoftDeleteRetention.DefaultDays,
    [property: Id(3)] bool PurgeProtectionEnabled = false,
    [property: Id(4)] VaultPermissionModel PermissionModel = VaultPermissionModel.AzureRbac,
    [property: Id(5)] bool PublicNetworkAccess = true,
    [property: Id(6)] bool TrustedServicesBypass = false,
    [property: Id(7)] bool ManagedHsm = false);
