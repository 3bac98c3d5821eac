namespace CmkSim.Grains.Vaults;

/// <summary>What can happen to a key as a whole.</summary>
public enum KeyLifecycleTrigger
{
    Delete,
    Recover,
    Purge,

    /// <summary>The soft-delete retention ran out: the key is purged, purge protection or not.</summary>
    RetentionElapsed,
}
