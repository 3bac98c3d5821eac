namespace CmkSim.Domain.Vaults;

/// <summary>How a vault grants key access (rule KV-06).</summary>
public enum VaultPermissionModel
{
    AzureRbac,
    AccessPolicy,
}
