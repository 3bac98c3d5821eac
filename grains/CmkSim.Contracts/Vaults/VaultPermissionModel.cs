namespace CmkSim.Contracts.Vaults;

/// <summary>How a vault grants key access (rule KV-06).</summary>
[GenerateSerializer]
public enum VaultPermissionModel
{
    AzureRbac,
    AccessPolicy,
}
