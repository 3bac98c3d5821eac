namespace CmkSim.Grains.Environments;

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
    LockExpired,
    Reset,
    Delete,
}
