namespace CmkSim.Grains.Vaults;

/// <summary>A key's or a vault's lifecycle: deletion is soft while the vault's retention runs, then final.</summary>
[GenerateSerializer]
public enum DeletionState
{
    Active,
    SoftDeleted,
    Purged,
}
