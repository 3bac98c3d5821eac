namespace CmkSim.Grains.Vaults;

/// <summary>What can happen to a key as a whole, or to a whole vault.</summary>
public enum DeletionTrigger
{
    Delete,
    Recover,
    Purge,

    /// <summary>The soft-delete retention ran out: the key is purged, purge protection or not.</summary>
    RetentionElapsed,
}
