namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>What moves an environment through its lifecycle.</summary>
public enum EnvironmentTrigger
{
    AddToPolicy,
    EncryptionSucceeded,
    EncryptionFailed,
    RemoveFromPolicy,
    RevertCompleted,
    LoseKeyAccess,
    ReEnable,
    ReEnabled,
    /// <summary>The re-enable found the key still unusable: locked again under the lock it came from (LK-02's deadline stands).</summary>
    ReEnableFailed,
    LockExpired,
    Reset,
    Delete,
}
