namespace CmkSim.Grains.Vaults;

/// <summary>What can happen to a key as a whole.</summary>
public enum KeyLifecycleTrigger
{
    Delete,
    Recover,
    Purge,
}
