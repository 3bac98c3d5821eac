namespace CmkSim.Grains.Vaults;

/// <summary>A key's lifecycle in its vault. Deletion is soft while the vault's retention runs.</summary>
[GenerateSerializer]
public enum KeyLifecycleState
{
    Active,
    SoftDeleted,
    Purged,
}
